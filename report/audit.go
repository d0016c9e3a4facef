package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html/template"
	"io"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"celedger"
)

// The audit packet: what a person sends when ASCP audits a declaration.
// audit/<ID>-<credential>.zip holds the evidence document of every counted
// activity (the certificate file, or the transcript it is a line of) and an
// index.html mapping each claimed point to the file, page and line that
// prove it, with the five facts ASCP requires (participant, title,
// provider, date, credits), then the counted lines no document proves:
// a non-ASCP provider's line seen only on a transcript, and lines missing
// a required fact.

// maxPacket bounds one packet's evidence (bytes): past it, files are
// listed in the index as left out.
const maxPacket = 512 << 20

// auditItem is one counted line in the index.
type auditItem struct {
	E        *celedger.Entry
	Points   celedger.Points
	Evidence []auditFile // the line's sources, each with its member in the packet
	Proven   bool
	Why      string // why no document proves it
}

type auditFile struct {
	Source     celedger.Source
	Member     string // path inside the zip; "" when left out
	MemberLine int    // the line in the member (an extract's own numbering); 0 for a page or a sheet's row
	Note       string // why it was left out, or that the member is an extract
}

// AuditPacketName is the packet of a person and credential, in the
// output folder's audit/: "00412233-MLS.zip".
func AuditPacketName(p *celedger.PersonLedger) string {
	return strings.TrimSuffix(DeclarationPageName(p), ".html") + ".zip"
}

// Evidence is what every packet of a ledger needs to know of the input
// files, read once: each file's format (to tell a certificate from a
// transcript), and the files that hold more than one person's lines (a
// staff's in-service log), with the first line any of them cites.
type Evidence struct {
	formats map[string]string
	shared  map[string]int // path -> the first line a ledger line cites in it (0: none cited by line)
}

// NewEvidence reads the import log and every person's lines once.
func NewEvidence(l *celedger.Ledger) (*Evidence, error) {
	formats, err := fileFormats(l)
	if err != nil {
		return nil, err
	}
	ev := &Evidence{formats: formats, shared: map[string]int{}}
	owner := map[string]string{} // path -> the first person whose line cites it
	first := map[string]int{}
	err = l.Each(nil, func(_ int, p *celedger.PersonLedger) error {
		who := p.ID
		if who == "" {
			who = p.Name
		}
		for _, e := range p.Activities {
			for _, s := range e.Sources {
				if o, seen := owner[s.Path]; !seen {
					owner[s.Path] = who
				} else if o != who {
					ev.shared[s.Path] = 0
				}
				if f, seen := first[s.Path]; s.Line > 0 && (!seen || s.Line < f) {
					first[s.Path] = s.Line
				}
			}
		}
		return nil
	})
	for path := range ev.shared {
		ev.shared[path] = first[path]
	}
	return ev, err
}

// WriteAuditPacket writes l.People[i]'s packet as a zip to w. read gives a
// source file's bytes (parsers.ReadEvidence: a zip member is copied out of
// its archive); ev (NewEvidence, read once for every packet) tells a
// certificate from a transcript and a person's own file from a staff's.
// A file that holds other people's lines too goes in as an extract: the
// lines above the first activity line and this person's own (a delimited
// text file), or is left out with the lines that prove the activity
// named (a workbook, a PDF, another encoding): nobody's packet carries a
// colleague's record.
func WriteAuditPacket(w io.Writer, l *celedger.Ledger, i int, ev *Evidence, read func(string) ([]byte, error)) error {
	p, err := l.Person(i)
	if err != nil {
		return err
	}
	formats := ev.formats
	own := map[string][]int{} // shared path -> this person's lines in it
	for _, e := range p.Activities {
		for _, s := range e.Sources {
			if _, shared := ev.shared[s.Path]; shared && s.Line > 0 {
				own[s.Path] = append(own[s.Path], s.Line)
			}
		}
	}
	zw := zip.NewWriter(w)
	members := map[string]string{}        // source path -> member
	notes := map[string]string{}          // source path -> what the member is, when not the whole file
	extractAt := map[string]map[int]int{} // source path of an extract -> file line -> the extract's line
	var total int64
	addFile := func(src string) (string, string) {
		if m, ok := members[src]; ok {
			return m, notes[src]
		}
		data, err := read(src)
		if err != nil {
			return "", err.Error()
		}
		note := ""
		if header, shared := ev.shared[src]; shared {
			if data, extractAt[src] = lineExtractAt(data, header, own[src]); data == nil {
				return "", "left out: it holds other people's records too; the lines named prove it"
			}
			note = "an extract: the file's header and this person's lines only; it holds other people's too"
		}
		if total+int64(len(data)) > maxPacket {
			return "", fmt.Sprintf("left out: the packet would pass %d MiB", maxPacket>>20)
		}
		total += int64(len(data))
		name := fmt.Sprintf("evidence/%02d-%s", len(members)+1, path.Base(strings.ReplaceAll(src, "!/", "/")))
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return "", err.Error()
		}
		if _, err := fw.Write(data); err != nil {
			return "", err.Error()
		}
		members[src] = name
		notes[src] = note
		return name, note
	}
	var items []auditItem
	for k := range p.Activities {
		e := &p.Activities[k]
		if e.Status != celedger.StatusCounted {
			continue
		}
		it := auditItem{E: e, Points: e.Counted()}
		for _, s := range e.Sources {
			if e.NamesAnother() {
				// Another person's document, filed here by a decision:
				// never sent in this person's name.
				it.Evidence = append(it.Evidence, auditFile{Source: s, Note: "left out: it names " + e.Participant})
				continue
			}
			m, note := addFile(s.Path)
			line := s.Line
			if at, ok := extractAt[s.Path]; ok {
				line = at[s.Line] // the extract's own line, not the file's
			}
			it.Evidence = append(it.Evidence, auditFile{Source: s, Member: m, MemberLine: line, Note: note})
			f := formats[s.Path]
			// An ASCP transcript's line (any provider's: LabCE uploads
			// there) is on ASCP's own record; a provider's line on its own
			// transcript (its format names it, or the line's provider is
			// the transcript's issuer: a LabCE course history) is that
			// provider's record. An employer's in-service log is not.
			own := strings.HasPrefix(f, strings.ToLower(e.Provider)+"-transcript") || strings.HasPrefix(f, "ascp-transcript") ||
				e.ProviderImplied && e.Type != celedger.TypeInService
			if m != "" && (strings.Contains(f, "certificate") || own) {
				it.Proven = true
			}
		}
		// Every reason a line is not proven, so two alike lines read alike
		// whether or not their log prints the participant.
		var why []string
		if len(e.AuditMissing) > 0 {
			why = append(why, "missing "+strings.Join(e.AuditMissing, ", "))
		}
		if !it.Proven {
			why = append(why, "a non-ASCP activity seen only on a transcript or a log: keep its certificate")
		}
		it.Proven, it.Why = len(why) == 0, strings.Join(why, "; ")
		items = append(items, it)
	}
	fw, err := zw.CreateHeader(&zip.FileHeader{Name: "index.html", Method: zip.Deflate, Modified: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		return err
	}
	var unproven []auditItem
	for _, it := range items {
		if !it.Proven {
			unproven = append(unproven, it)
		}
	}
	if err := auditTemplate.Execute(fw, struct {
		P        *celedger.PersonLedger
		Items    []auditItem
		Unproven []auditItem
	}{&p, items, unproven}); err != nil {
		return err
	}
	return zw.Close()
}

var auditTemplate = template.Must(template.New("audit").Funcs(template.FuncMap{
	"date":           dateOrEmpty,
	"providerOrNote": providerOrNote,
	"printedUnit":    printedUnit,
	// employerOf is the roster's employer that providerOf gives an
	// in-service whose log prints no provider; "" otherwise.
	"employerOf": func(e *celedger.Entry, employer string) string {
		if name, _ := providerOf(e, employer); e.Provider == "" {
			return name
		}
		return ""
	},
	"credits": creditsText,
	// member names the file inside the zip, and its sheet or page.
	"member": func(f auditFile) string {
		m := f.Member
		if f.Source.Sheet != "" {
			m += " sheet " + f.Source.Sheet
		}
		if f.Source.Page > 0 {
			m += fmt.Sprintf(" page %d", f.Source.Page)
		}
		switch {
		case f.MemberLine > 0 && f.Source.Sheet != "":
			m += fmt.Sprintf(" row %d", f.MemberLine)
		case f.MemberLine > 0:
			m += fmt.Sprintf(" line %d", f.MemberLine)
		}
		return m
	},
	"link": func(f auditFile) string {
		link := f.Member
		if f.Source.Page > 0 {
			link += fmt.Sprintf("#page=%d", f.Source.Page)
		}
		return link
	},
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CMP audit packet: {{.P.Name}}, {{.P.Credential}}</title>
<style>` + printStyle + `</style>
</head>
<body>
<h1>CMP audit packet</h1>
<p>{{.P.Name}}{{if .P.ID}} · ASCP ID {{.P.ID}}{{end}} · {{.P.Credential}} · cycle {{date .P.CycleStart}} to {{date .P.CycleEnd}} · {{.P.Points}} points counted</p>
<h2>Each claimed activity and the document that proves it</h2>
<table><tr><th>Participant</th><th>Title</th><th>Provider</th><th>Date</th><th>Credits</th><th class="num">Points</th><th>Document (file, page or line)</th></tr>
{{- range .Items}}
<tr><td>{{if .E.Participant}}{{.E.Participant}}{{else}}<span class="bad">not printed</span>{{end}}</td><td>{{.E.Title}}</td><td>{{if .E.Provider}}{{.E.Provider}}{{if .E.ProviderImplied}} <span class="muted">(the transcript's issuer: its rows print no provider)</span>{{end}}{{else}}<span class="bad">not printed</span>{{with employerOf .E $.P.Employer}} <span class="muted">(the roster names the employer who gave it: {{.}})</span>{{end}}{{end}}</td><td>{{date .E.Completed}}</td><td>{{credits .E}}{{with printedUnit .E}} <span class="muted">(printed: {{.}})</span>{{end}}</td><td class="num">{{.Points}}</td>
<td>{{range $i, $f := .Evidence}}{{if $i}}<br>{{end}}{{if $f.Member}}<a href="{{link $f}}">{{member $f}}</a> <span class="muted">(from {{$f.Source}}{{with $f.Note}}; {{.}}{{end}})</span>{{else}}{{$f.Source}} <span class="bad">({{$f.Note}})</span>{{end}}{{end}}{{if not .Proven}}<br><span class="bad">where it was seen, not proof (see below)</span>{{end}}</td></tr>
{{- end}}
</table>
<h2>Counted lines no document in this packet proves</h2>
{{- if .Unproven}}
<table><tr><th>Title</th><th>Provider</th><th>Date</th><th class="num">Points</th><th>Why</th></tr>
{{- range .Unproven}}
<tr><td>{{.E.Title}}</td><td>{{.E.Provider}}</td><td>{{date .E.Completed}}</td><td class="num">{{.Points}}</td><td class="bad">{{.Why}}</td></tr>
{{- end}}
</table>
{{- else}}
<p class="muted">None: every counted line has its document here.</p>
{{- end}}
</body>
</html>
`))

// lineExtract is the part of a delimited text file a person's packet may
// carry: the lines above the first activity line any person's entry
// cites (the header block), then the person's own lines, each whole (a
// quoted cell may run over several lines), in the file's order; nil when
// the file is not UTF-8 text or no line of it is the person's.
func lineExtract(data []byte, firstActivity int, lines []int) []byte {
	out, _ := lineExtractAt(data, firstActivity, lines)
	return out
}

// lineExtractAt is lineExtract, also giving where each kept line of the
// file is in the extract (file line -> extract line), so the index can
// cite the extract's own line.
func lineExtractAt(data []byte, firstActivity int, lines []int) ([]byte, map[int]int) {
	if !utf8.Valid(data) || firstActivity < 2 || len(lines) == 0 {
		return nil, nil
	}
	phys := bytes.SplitAfter(data, []byte("\n"))
	keep := make([]bool, len(phys)+1)
	for n := 1; n < firstActivity && n <= len(phys); n++ {
		keep[n] = true
	}
	for _, start := range lines {
		quotes := 0
		for n := start; n >= 1 && n <= len(phys); n++ {
			keep[n] = true
			if quotes += bytes.Count(phys[n-1], []byte(`"`)); quotes%2 == 0 {
				break // the record ends where its quotes close
			}
		}
	}
	var out bytes.Buffer
	at := map[int]int{}
	for n := 1; n <= len(phys); n++ {
		if keep[n] {
			out.Write(phys[n-1])
			at[n] = len(at) + 1
		}
	}
	return out.Bytes(), at
}

// printedUnit is the credit unit as the evidence prints it when it is not
// how the ledger names the unit ("CE" read as contact hours), for the
// audit index's credits; "" when the same.
func printedUnit(e *celedger.Entry) string {
	p := strings.TrimSpace(e.UnitPrinted)
	if p == "" || strings.EqualFold(strings.TrimSuffix(p, "s"), string(e.Unit)) {
		return ""
	}
	return p
}
