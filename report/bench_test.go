package report

import (
	"fmt"
	"io"
	"testing"

	"celedger"
)

// benchLedger is n people with 45 activities each, made by repeating the
// small test ledger's first person under new names.
func benchLedger(n int) *celedger.Ledger {
	base := smallLedger()
	l := &celedger.Ledger{AsOf: base.AsOf, Files: base.Files}
	p0 := base.People[0]
	for i := range n {
		p := p0
		p.Name, p.ID = fmt.Sprintf("Person %04d", i), fmt.Sprintf("%08d", i)
		p.Department = []string{"Core Lab", "Blood Bank", "Microbiology"}[i%3]
		p.Activities = nil
		for k := 0; len(p.Activities) < 45; k++ {
			e := p0.Activities[k%len(p0.Activities)]
			e.Title = fmt.Sprintf("%s %d", e.Title, k)
			p.Activities = append(p.Activities, e)
		}
		l.People = append(l.People, p)
	}
	return l
}

// BenchmarkWriteOutputs1000 writes every output of a 1,000-person ledger.
func BenchmarkWriteOutputs1000(b *testing.B) {
	l := benchLedger(1000)
	for _, o := range []struct {
		name  string
		write func(io.Writer, *celedger.Ledger) error
	}{
		{"json", WriteJSON}, {"csv", WriteLedgerCSV}, {"review", WriteReviewCSV},
		{"import-log", WriteImportLog}, {"html", WriteHTML}, {"xlsx", WriteXLSX},
	} {
		b.Run(o.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := o.write(io.Discard, l); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
