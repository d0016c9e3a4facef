// Command ledgerstats prints what a ledger.json says about the truth of a
// run: how many people each status holds, and how many activity lines are
// counted twice for one person (the same title, completion date and
// provider, under any spelling, both counted), with their points; and how
// many lines share a title and date with another provider's (kept apart:
// two providers' courses).
//
//	go run ./bench/ledgerstats bench/out/ledger-1000/ledger.json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"celedger"
	"celedger/reconcile"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: ledgerstats LEDGER.json")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "ledgerstats:", err)
		os.Exit(1)
	}
	defer f.Close()
	var l celedger.Ledger
	if err := json.NewDecoder(f).Decode(&l); err != nil {
		fmt.Fprintln(os.Stderr, "ledgerstats:", err)
		os.Exit(1)
	}
	status := map[celedger.PersonStatus]int{}
	twice, apart, points := 0, 0, celedger.Points(0)
	for _, p := range l.People {
		status[p.Status]++
		providers := map[string][]string{} // title and date → provider keys counted
		for _, e := range p.Activities {
			if e.Status != celedger.StatusCounted {
				continue
			}
			key := strings.Join(strings.Fields(strings.ToLower(e.Title)), " ") + "\x00" + e.Completed.String()
			prov := reconcile.ProviderKey(e.Provider)
			for _, q := range providers[key] {
				if q == prov || q == "" || prov == "" || q == "ascp" || prov == "ascp" {
					twice++
					points += e.Counted()
					prov = "\x00counted" // once per line
					break
				}
			}
			if prov != "\x00counted" && len(providers[key]) > 0 {
				apart++
			}
			providers[key] = append(providers[key], reconcile.ProviderKey(e.Provider))
		}
	}
	var names []string
	for s := range status {
		names = append(names, string(s))
	}
	sort.Strings(names)
	var parts []string
	for _, s := range names {
		parts = append(parts, fmt.Sprintf("%s %d", s, status[celedger.PersonStatus(s)]))
	}
	fmt.Printf("people: %d (%s)\n", len(l.People), strings.Join(parts, ", "))
	fmt.Printf("counted twice: %d lines, %s points (same title, date and provider, both counted, one person)\n", twice, points)
	fmt.Printf("kept apart: %d lines with another provider's title and date\n", apart)
}
