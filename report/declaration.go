package report

import (
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"celedger"
)

// The declaration worksheet: what a person types into ASCP's CMP
// declaration, per credential. For each area minimum, in the rule set's
// order (the order the declaration asks for them), the counted activities
// allocated to it with their points; then the rest toward the total; and
// for every activity not on the person's ASCP transcript, the fields the
// declaration's "add non-ASCP credits" entry asks for (activity type,
// title, provider, completion date, credits and unit, CMP points). Only
// counted lines, with their allocation; nothing in review.

// declarationRow is one line of declaration.csv.
type declarationRow struct {
	Person           string `csv:"person"`
	PersonID         string `csv:"person_id"`
	Credential       string `csv:"credential"`
	DeclarationOpens string `csv:"declaration_opens"`
	SubmitBy         string `csv:"submit_by"`
	Section          string `csv:"section"` // "blood banking (minimum 2)", "the rest toward the total"
	Points           string `csv:"points"`  // CMP points allocated to the section
	Title            string `csv:"title"`
	CourseNumber     string `csv:"course_number"` // the activity ID the document prints, "" when none
	Provider         string `csv:"provider"`      // as printed, or the roster's employer for an in-service whose log prints none
	ProviderNote     string `csv:"provider_note"` // where the provider came from when the document does not print it
	ActivityType     string `csv:"activity_type"`
	Completed        string `csv:"completed"`
	Credits          string `csv:"credits"`
	Unit             string `csv:"unit"`
	OnASCPTranscript string `csv:"on_ascp_transcript"` // "yes": already on ASCP's record; "no": an "add non-ASCP credits" entry
	Check            string `csv:"check"`              // what to check before declaring the line ("its document names Maria Okafor: …"); "" when nothing
}

// declarationLine is one activity's share in one section.
type declarationLine struct {
	E       *celedger.Entry
	Points  celedger.Points
	OnASCP  bool
	Section string // the section's label, "Blood banking (minimum 2)"
	Area    string // its area alone, "Blood banking", "The rest toward the total"
	Check   string // what to check before declaring it (checkBeforeDeclaring); "" when nothing
}

// restLabel is the section of points toward the total beyond the minimums.
const restLabel = "The rest toward the total"

// declarationSection is one area minimum, or the rest.
type declarationSection struct {
	Label    string // "Blood banking (minimum 2)"
	Area     string // "Blood banking"; "The rest toward the total" for the rest
	Points   celedger.Points
	Required celedger.Points // the minimum; 0 for the rest
	Lines    []declarationLine
}

// Short is how many points the section still lacks of its minimum.
func (s declarationSection) Short() celedger.Points {
	return max(0, s.Required-s.Points)
}

// declarationOf sorts a person's counted lines into the sections of the
// declaration, in the order of p.Areas (the rule set's minimums, then
// the rest). ascp tells whether a source file is an ASCP transcript.
func declarationOf(p *celedger.PersonLedger, ascp func(celedger.Source) bool) []declarationSection {
	var secs []declarationSection
	at := map[celedger.Area]int{}
	for _, a := range p.Areas {
		sec := declarationSection{Label: restLabel, Area: restLabel, Required: a.Required}
		if a.Required > 0 {
			sec.Area = upperFirst(areaShort(a.Area))
			sec.Label = fmt.Sprintf("%s (minimum %s)", sec.Area, a.Required)
		}
		at[a.Area] = len(secs)
		secs = append(secs, sec)
	}
	rest, ok := at[celedger.AreaGeneral]
	if !ok {
		rest = len(secs)
		secs = append(secs, declarationSection{Label: restLabel, Area: restLabel})
	}
	transcript := slices.ContainsFunc(p.Activities, func(e celedger.Entry) bool { return slices.ContainsFunc(e.Sources, ascp) })
	for i := range p.Activities {
		e := &p.Activities[i]
		if e.Status != celedger.StatusCounted {
			continue
		}
		onASCP := false
		for _, s := range e.Sources {
			onASCP = onASCP || ascp(s)
		}
		shares := e.Allocations
		if len(shares) == 0 {
			shares = []celedger.Allocation{{Area: e.AllocatedTo, Points: e.Counted()}}
		}
		for _, sh := range shares {
			k, ok := at[sh.Area]
			if !ok {
				k = rest
			}
			secs[k].Lines = append(secs[k].Lines, declarationLine{E: e, Points: sh.Points, OnASCP: onASCP, Section: secs[k].Label, Area: secs[k].Area,
				Check: checkBeforeDeclaring(e, onASCP, transcript)})
			secs[k].Points += sh.Points
		}
	}
	return secs
}

// checkBeforeDeclaring says what to check before declaring a line: a
// document that names another person than the one it is filed under, or
// an ASCP course of someone none of whose inputs is an ASCP transcript
// (ASCP may hold it already: entering it again would count it twice).
func checkBeforeDeclaring(e *celedger.Entry, onASCP, transcript bool) string {
	var say []string
	if e.NamesAnother() {
		say = append(say, "its document names "+e.Participant+": check before you declare it")
	}
	if !onASCP && !transcript && ascpProvider(e.Provider) {
		say = append(say, "an ASCP course, and no ASCP transcript was among the inputs: if ASCP's transcript lists it, it is on ASCP's record already; do not add it again")
	}
	return strings.Join(say, "; ")
}

// ascpProvider reports whether a provider as printed is ASCP.
func ascpProvider(p string) bool {
	p = strings.TrimSpace(p)
	return strings.EqualFold(p, "ASCP") || strings.EqualFold(p, "American Society for Clinical Pathology") || strings.HasPrefix(p, "ASCP ")
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// fileFormats maps each input path of the import log to its format
// ("ascp-transcript-csv", "ce-certificate-pdf"): read once, for the
// worksheets and the audit packets.
func fileFormats(l *celedger.Ledger) (map[string]string, error) {
	formats := map[string]string{}
	err := l.EachFile(func(f *celedger.FileResult) error {
		formats[f.Path] = f.Format
		return nil
	})
	return formats, err
}

// ascpSources returns whether a source's file is an ASCP transcript, from
// the import log's formats.
func ascpSources(l *celedger.Ledger) (func(celedger.Source) bool, error) {
	formats, err := fileFormats(l)
	return func(s celedger.Source) bool { return strings.HasPrefix(formats[s.Path], "ascp-transcript") }, err
}

// Declarations writes the worksheets of a ledger: declaration.csv and a
// page per person and credential. It reads the import log once.
type Declarations struct {
	l     *celedger.Ledger
	ascp  func(celedger.Source) bool
	names []string // page per person, unique
}

// NewDeclarations prepares the worksheets of l.
func NewDeclarations(l *celedger.Ledger) (*Declarations, error) {
	ascp, err := ascpSources(l)
	d := &Declarations{l: l, ascp: ascp}
	seen := map[string]int{}
	for i := range l.People {
		name := DeclarationPageName(&l.People[i])
		if n := seen[name]; n > 0 {
			name = strings.TrimSuffix(name, ".html") + fmt.Sprintf("-%d.html", n+1)
		}
		seen[DeclarationPageName(&l.People[i])]++
		d.names = append(d.names, name)
	}
	return d, err
}

// PageName is the worksheet page of l.People[i].
func (d *Declarations) PageName(i int) string { return d.names[i] }

// WriteCSV writes declaration.csv: for every person and credential, one
// row per counted activity's share in a section of the declaration,
// sections in the declaration's order.
func (d *Declarations) WriteCSV(w io.Writer) error {
	ascp := d.ascp
	return writePersonRows(w, d.l, func(p *celedger.PersonLedger, rows []declarationRow) []declarationRow {
		for _, sec := range declarationOf(p, ascp) {
			for _, dl := range sec.Lines {
				e := dl.E
				on, kind := "no", activityType(e)
				provider, note := providerOf(e, p.Employer)
				if dl.OnASCP {
					on, kind, provider, note = "yes", e.Type, e.Provider, "" // on ASCP's record already: nothing to enter
				}
				rows = append(rows, declarationRow{Person: p.Name, PersonID: p.ID, Credential: p.Credential,
					DeclarationOpens: dateOrEmpty(p.DeclarationOpens), SubmitBy: dateOrEmpty(p.SubmitBy), Section: sec.Label,
					Points: dl.Points.String(), Title: e.Title, CourseNumber: e.ActivityID, Provider: provider, ProviderNote: note, ActivityType: kind,
					Completed: e.Completed.String(), Credits: e.Credits.String(), Unit: string(e.Unit), OnASCPTranscript: on, Check: dl.Check})
			}
		}
		return rows
	})
}

// activityType is what the declaration's "activity type" asks for an
// activity: the type its document prints ("Webinar", "In-service"), else
// the kind ASCP's guidelines for earning CE activities file it under by
// its unit ("Academic course" for semester and quarter hours, else
// "Continuing education course"), marked as not printed.
func activityType(e *celedger.Entry) string {
	if e.Type != "" {
		return e.Type
	}
	return kindByUnit(e) + " (not printed)"
}

// kindByUnit is the kind of activity ASCP's guidelines for earning CE
// activities file an activity under by its unit: semester and quarter
// hours are an academic course's, every other unit a continuing
// education course's.
func kindByUnit(e *celedger.Entry) string {
	if e.Unit == celedger.UnitSemesterHour || e.Unit == celedger.UnitQuarterHour {
		return "Academic course"
	}
	return "Continuing education course"
}

// creditsText is an activity's credits in its unit as a reader says them:
// "1 contact hour", "1.5 contact hours", "2 CMLE", "0.6 CEU".
func creditsText(e *celedger.Entry) string {
	u := string(e.Unit)
	if e.Credits != 100 && strings.HasSuffix(u, "hour") {
		u += "s"
	}
	return strings.TrimSpace(e.Credits.String() + " " + u)
}

// providerOf is an activity's provider and, when its document names none
// (an employer's in-service log seldom does), a note of where the name
// came from or what to write instead: the roster's employer for an
// in-service, else no name and what to look for. The note names who
// presented it when the document says ("presented by Chemistry Lead").
func providerOf(e *celedger.Entry, employer string) (name, note string) {
	by := ""
	if e.Presenter != "" {
		by = "; presented by " + e.Presenter
	}
	switch {
	case e.Provider != "" && e.ProviderImplied:
		return e.Provider, "the transcript's issuer: its rows print no provider" + by
	case e.Provider != "":
		return e.Provider, ""
	case e.Type == celedger.TypeInService && employer != "":
		return employer, "your employer, from the roster; the log prints no provider" + by
	case e.Type == celedger.TypeInService:
		return "", "not printed: your employer, who gave the in-service (a roster's employer column names it)" + by
	}
	return "", "not printed: see the certificate" + by
}

// providerOrNote is providerOf as one cell of a page: the name, with its
// note in brackets, or the note alone.
func providerOrNote(e *celedger.Entry, employer string) string {
	switch name, note := providerOf(e, employer); {
	case note == "":
		return name
	case name != "":
		return name + " (" + note + ")"
	default:
		return note
	}
}

// providerNamed reports whether providerOf gives a name: printed, or the
// roster's employer.
func providerNamed(e *celedger.Entry, employer string) bool {
	name, _ := providerOf(e, employer)
	return name != ""
}

func dateOrEmpty(d celedger.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// DeclarationPageName is the worksheet page a person asks for, in the
// output folder's declaration/: "00412233-MLS.html" (the name, folded,
// when there is no ID).
func DeclarationPageName(p *celedger.PersonLedger) string {
	who := p.ID
	if who == "" {
		who = strings.Join(strings.Fields(celedger.FoldName(p.Name)), "-")
	}
	clean := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
				return r
			}
			return '-'
		}, s)
	}
	return clean(who) + "-" + clean(p.Credential) + ".html"
}

// WritePage writes the printable worksheet of l.People[i].
func (d *Declarations) WritePage(w io.Writer, i int) error {
	p, err := d.l.Person(i)
	if err != nil {
		return err
	}
	secs := declarationOf(&p, d.ascp)
	var nonASCP []declarationLine
	for _, s := range secs {
		for _, dl := range s.Lines {
			if !dl.OnASCP {
				nonASCP = append(nonASCP, dl)
			}
		}
	}
	unprinted := slices.ContainsFunc(nonASCP, func(dl declarationLine) bool { return dl.E.Type == "" })
	return declarationTemplate.Execute(w, struct {
		P         *celedger.PersonLedger
		Sections  []declarationSection
		NonASCP   []declarationLine
		Unprinted bool // a line's activity type is not printed: the footnote's asterisk
	}{&p, secs, nonASCP, unprinted})
}

// printStyle is the style of the small printable pages (the worksheet,
// an audit packet's index).
const printStyle = `
body { font: 12px/1.4 system-ui, Arial, sans-serif; max-width: 1000px; margin: 0 auto; padding: 16px; }
h1 { font-size: 18px; margin: 0 0 4px; } h2 { font-size: 14px; margin: 16px 0 4px; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid #ccc; vertical-align: top; }
td.num, th.num { text-align: right; } td.nw { white-space: nowrap; } .muted { color: #555; } .bad { color: #b00; }
@page { margin: 12mm; }
table.fixed { table-layout: fixed; } th.area { font-size: 13px; padding-top: 12px; border-bottom: 1px solid #888; }
@media print { body { padding: 0; font-size: 9px; line-height: 1.3; } h2 { margin: 8px 0 3px; } th, td { padding: 1px 3px; } th.area { font-size: 10px; padding-top: 5px; } }
`

var declarationTemplate = template.Must(template.New("declaration").Funcs(template.FuncMap{
	"date":           func(d celedger.Date) string { return dateOrEmpty(d) },
	"kindByUnit":     kindByUnit,
	"providerOrNote": providerOrNote,
	"providerNamed":  providerNamed,
	"credits":        creditsText,
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CMP declaration worksheet: {{.P.Name}}, {{.P.Credential}}</title>
<style>` + printStyle + `</style>
</head>
<body>
<h1>CMP declaration worksheet</h1>
<p>{{.P.Name}}{{if .P.ID}} · ASCP ID {{.P.ID}}{{end}} · {{.P.Credential}} · cycle {{date .P.CycleStart}} to {{date .P.CycleEnd}}<br>
Declaration opens {{date .P.DeclarationOpens}} · submit by {{date .P.SubmitBy}} · {{.P.Points}} of {{.P.Required}} points counted ({{.P.Status}})</p>
<p class="muted">Only counted activities, each with the points to allocate; nothing that waits for review.</p>
<table class="fixed"><colgroup><col style="width:56%"><col style="width:24%"><col style="width:12%"><col style="width:8%"></colgroup>
<thead><tr class="muted"><th>Activity</th><th>Provider</th><th>Completed</th><th class="num">Points</th></tr></thead>
{{- range .Sections}}
<tbody><tr><th colspan="4" class="area">{{.Label}}: {{.Points}} {{if eq .Points.String "1"}}point{{else}}points{{end}}{{if .Short}} <span class="bad">({{.Short}} short)</span>{{end}}</th></tr>
{{- if .Lines}}
{{- range .Lines}}
<tr><td>{{.E.Title}}{{if .Check}}<br><span class="bad">{{.Check}}</span>{{end}}</td><td>{{if .OnASCP}}{{.E.Provider}}{{else if providerNamed .E $.P.Employer}}{{providerOrNote .E $.P.Employer}}{{else}}<span class="muted">{{providerOrNote .E $.P.Employer}}</span>{{end}}</td><td class="nw">{{date .E.Completed}}</td><td class="num">{{.Points}}</td></tr>
{{- end}}
{{- else}}
<tr><td colspan="4" class="muted">Nothing allocated.</td></tr>
{{- end}}
</tbody>
{{- end}}
</table>
<h2>Activities not on the ASCP transcript: "add non-ASCP credits"</h2>
{{- if .NonASCP}}
<table class="fixed"><colgroup><col style="width:12%"><col style="width:28%"><col style="width:7%"><col style="width:16%"><col style="width:9%"><col style="width:12%"><col style="width:5%"><col style="width:11%"></colgroup>
<tr><th>Activity type</th><th>Title</th><th>Course number</th><th>Provider</th><th>Completed</th><th>Credits</th><th class="num">CMP points</th><th>Area</th></tr>
{{- range .NonASCP}}
<tr><td>{{if .E.Type}}{{.E.Type}}{{else}}{{kindByUnit .E}}<span class="muted">*</span>{{end}}</td><td>{{.E.Title}}{{if .Check}}<br><span class="bad">{{.Check}}</span>{{end}}</td><td>{{if .E.ActivityID}}{{.E.ActivityID}}{{else}}<span class="muted">–</span>{{end}}</td><td>{{if providerNamed .E $.P.Employer}}{{providerOrNote .E $.P.Employer}}{{else}}<span class="bad">{{providerOrNote .E $.P.Employer}}</span>{{end}}</td><td class="nw">{{date .E.Completed}}</td><td class="nw">{{credits .E}}</td><td class="num">{{.Points}}</td><td>{{.Area}}</td></tr>
{{- end}}
</table>
<p class="muted">{{if .Unprinted}}* Not printed on the document: the kind ASCP's guidelines file it under by its unit. {{end}}– No course number printed.</p>
{{- else}}
<p class="muted">None: every counted activity is on the ASCP transcript.</p>
{{- end}}
</body>
</html>
`))
