package reconcile

import (
	"fmt"
	"testing"
	"time"

	"celedger"
)

// benchActivities is a heavy person's year of downloads: n activities over
// the cycle from two transcripts and certificates, every area, some dated
// outside the cycle and one in ten a certificate repeating a transcript
// line (the duplicate search's worst case is many similar titles).
func benchActivities(n int) []celedger.Activity {
	topics := []string{"Antibody Identification", "Coagulation Testing", "Urinalysis Review", "Blood Culture Workup",
		"Laboratory Safety", "Ethics in the Laboratory", "Quality Control", "Flow Cytometry"}
	start, _ := celedger.NewDate(2024, 7, 1)
	acts := make([]celedger.Activity, 0, n)
	for i := range n {
		area := celedger.Areas[i%len(celedger.Areas)]
		src, kind, provider := celedger.Source{Path: "ascp.csv", Line: 8 + i}, "transcript", "ASCP"
		if i%3 == 1 {
			src, provider = celedger.Source{Path: "cap.tsv", Line: 5 + i}, "CAP"
		}
		title := fmt.Sprintf("%s: Case Studies Part %d", topics[i%len(topics)], i/len(topics))
		date := start.Time().AddDate(0, 0, (i*5)%1300-30)
		if i%10 == 9 {
			prev := acts[i-9]
			title, date, area = prev.Title, prev.Completed.Time(), prev.Class.Area
			src, kind, provider = celedger.Source{Path: fmt.Sprintf("cert-%d.pdf", i), Page: 1}, "certificate", prev.Provider
		}
		acts = append(acts, celedger.Activity{
			Record: celedger.Record{Source: src, Holder: celedger.Holder{Name: "Jane Doe", ID: "01234567"}, Title: title,
				Provider: provider, Completed: celedger.DateOf(date), Credits: celedger.Points(50 + 50*(i%4)),
				Unit: celedger.UnitCMLE, Kind: kind},
			Class: celedger.Classification{Area: area, Score: 0.9, Zone: celedger.ZoneAuto},
		})
	}
	return acts
}

func date(y int, m time.Month, d int) celedger.Date {
	t, _ := celedger.NewDate(y, m, d)
	return t
}

func benchRules(b *testing.B) *Rules {
	r, err := LoadRules()
	if err != nil {
		b.Fatal(err)
	}
	return r
}

// BenchmarkReconcile200 reconciles one person with 200 activities (the
// target is under 1 ms each).
func BenchmarkReconcile200(b *testing.B) {
	r := benchRules(b)
	in := Input{Holder: celedger.Holder{Name: "Jane Doe"}, Credential: "MLS", CycleEnd: date(2027, 6, 30),
		CycleSource: "bench", AsOf: date(2026, 11, 24), Activities: benchActivities(200)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Reconcile(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReconcilePeople reports people per second for people with a
// typical 45 activities (two transcripts and twenty certificates).
func BenchmarkReconcilePeople(b *testing.B) {
	r := benchRules(b)
	in := Input{Holder: celedger.Holder{Name: "Jane Doe"}, Credential: "MLS", CycleEnd: date(2027, 6, 30),
		CycleSource: "bench", AsOf: date(2026, 11, 24), Activities: benchActivities(45)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Reconcile(in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "people/s")
}
