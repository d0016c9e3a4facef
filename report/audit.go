package report

import (
	"archive/zip"
	"fmt"
	"html/template"
	"io"
	"path"
	"strings"
	"time"

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
	Source celedger.Source
	Member string // path inside the zip; "" when left out
	Note   string // why it was left out
}

// AuditPacketName is the packet of a person and credential, in the
// output folder's audit/: "00412233-MLS.zip".
func AuditPacketName(p *celedger.PersonLedger) string {
	return strings.TrimSuffix(DeclarationPageName(p), ".html") + ".zip"
}

// WriteAuditPacket writes l.People[i]'s packet as a zip to w. read gives a
// source file's bytes (parsers.ReadEvidence: a zip member is copied out of
// its archive); formats (FileFormats, read once for every packet) maps an
// input path to its format, to tell a certificate from a transcript.
func WriteAuditPacket(w io.Writer, l *celedger.Ledger, i int, formats map[string]string, read func(string) ([]byte, error)) error {
	p, err := l.Person(i)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	members := map[string]string{} // source path -> member
	var total int64
	addFile := func(src string) (string, string) {
		if m, ok := members[src]; ok {
			return m, ""
		}
		data, err := read(src)
		if err != nil {
			return "", err.Error()
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
		return name, ""
	}
	var items []auditItem
	for k := range p.Activities {
		e := &p.Activities[k]
		if e.Status != celedger.StatusCounted {
			continue
		}
		it := auditItem{E: e, Points: e.Counted()}
		for _, s := range e.Sources {
			m, note := addFile(s.Path)
			it.Evidence = append(it.Evidence, auditFile{Source: s, Member: m, Note: note})
			f := formats[s.Path]
			own := strings.HasPrefix(f, strings.ToLower(e.Provider)+"-transcript") // an ASCP line on the ASCP transcript
			if m != "" && (strings.Contains(f, "certificate") || own) {
				it.Proven = true
			}
		}
		switch {
		case len(e.AuditMissing) > 0:
			it.Proven, it.Why = false, "missing "+strings.Join(e.AuditMissing, ", ")
		case !it.Proven:
			it.Why = "a non-ASCP activity seen only on a transcript or a log: keep its certificate"
		}
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
	"date": dateOrEmpty,
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
<tr><td>{{$.P.Name}}</td><td>{{.E.Title}}</td><td>{{.E.Provider}}</td><td>{{date .E.Completed}}</td><td>{{.E.Credits}} {{.E.Unit}}</td><td class="num">{{.Points}}</td>
<td>{{range $i, $f := .Evidence}}{{if $i}}<br>{{end}}{{if $f.Member}}<a href="{{link $f}}">{{$f.Source}}</a>{{else}}{{$f.Source}} <span class="bad">({{$f.Note}})</span>{{end}}{{end}}{{if not .Proven}}<br><span class="bad">where it was seen, not proof (see below)</span>{{end}}</td></tr>
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
