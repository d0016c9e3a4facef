package mapping

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/hbollon/go-edlib"
	"github.com/sahilm/fuzzy"

	"celedger"
)

// Item is one title waiting for a person's decision.
type Item struct {
	Title, Provider string
	Completed       celedger.Date
	Points          celedger.Points
	Lines           int // ledger lines with this title and provider
	Class           celedger.Classification
	// Decides: the people (name and status) whose status the decision may
	// change: their ledger's note "review decides: …" names this title.
	Decides []string
}

// ReviewItems lists the titles of a ledger whose area is uncertain (zone
// review or none, not excluded, not already overridden), once per title
// and provider, in ledger order.
func ReviewItems(l *celedger.Ledger) ([]Item, error) {
	var items []Item
	at := map[string]int{}
	err := l.Each(nil, func(_ int, p *celedger.PersonLedger) error {
		for _, e := range p.Activities {
			if (e.Zone != celedger.ZoneReview && e.Zone != celedger.ZoneNone) || e.Status == celedger.StatusExcluded {
				continue
			}
			k := Key(e.Title, e.Provider)
			i, ok := at[k]
			if ok {
				items[i].Lines++
			} else {
				i = len(items)
				at[k] = i
				items = append(items, Item{
					Title: e.Title, Provider: e.Provider, Completed: e.Completed, Points: e.Points, Lines: 1,
					Class: celedger.Classification{Area: e.Area, Score: e.AreaScore, Terms: e.AreaTerms, Zone: e.Zone, Candidates: e.Candidates},
				})
			}
			who := fmt.Sprintf("%s (%s)", p.Name, p.Status)
			if decides(p, e.Title) && !slices.Contains(items[i].Decides, who) {
				items[i].Decides = append(items[i].Decides, who)
			}
		}
		return nil
	})
	return items, err
}

// decides reports whether a person's note says deciding the lines in
// review, this title among them, may settle the person's status.
func decides(p *celedger.PersonLedger, title string) bool {
	quoted := fmt.Sprintf("%q", title)
	for _, n := range p.Notes {
		if strings.HasPrefix(n, "review decides: ") && strings.Contains(n, quoted) {
			return true
		}
	}
	return false
}

// pickChoices are what a person may type during review: the decisions
// plus "skip".
var pickChoices = append(Choices(), "skip")

// Review walks the items one by one: it shows each title with its
// candidates and terms, reads a few letters from in and picks the
// decision they match (a subsequence match, so "bb" is blood_banking and
// "micro" microbiology, a slip within two edits the nearest: "hemotology"
// is hematology, and says so); Enter takes the suggested area, "q" stops.
// The decisions go into o, and save (when not nil) is called after each,
// so an interrupted review keeps what was decided. It returns how many
// decisions were made; end of input stops like "q".
func Review(items []Item, in io.Reader, out io.Writer, o *Overrides, save func() error) (int, error) {
	sc := bufio.NewScanner(in)
	decided := 0
	for n, it := range items {
		fmt.Fprintf(out, "\n[%d/%d] %s\n", n+1, len(items), it.Title)
		pts := "points"
		if it.Points == 100 {
			pts = "point"
		}
		fmt.Fprintf(out, "  provider %s · completed %s · %s %s", orDash(it.Provider), orDash(it.Completed.String()), it.Points, pts)
		if it.Lines > 1 {
			fmt.Fprintf(out, " · %d lines", it.Lines)
		}
		fmt.Fprintln(out)
		suggest := string(it.Class.Area)
		if suggest != "" {
			fmt.Fprintf(out, "  suggested %s %.2f (%s)", suggest, it.Class.Score, it.Class.Zone)
			for _, c := range it.Class.Candidates {
				fmt.Fprintf(out, ", %s %.2f", c.Area, c.Score)
			}
			fmt.Fprintln(out)
		} else {
			fmt.Fprintln(out, "  nothing laboratory-related recognised")
		}
		if len(it.Class.Terms) > 0 {
			fmt.Fprintf(out, "  terms: %s\n", strings.Join(it.Class.Terms, ", "))
		}
		if len(it.Decides) > 0 {
			fmt.Fprintf(out, "  may settle the status of: %s\n", strings.Join(it.Decides, ", "))
		}
		def := suggest
		if def == "" {
			def = "skip"
		}
		for {
			fmt.Fprintf(out, "area? (a few letters of %s; Enter = %s, q = quit) ", strings.Join(pickChoices, " "), def)
			if !sc.Scan() {
				fmt.Fprintln(out)
				return decided, sc.Err()
			}
			text := strings.TrimSpace(sc.Text())
			if text == "q" || text == "quit" {
				return decided, nil
			}
			choice := def
			if text != "" {
				var err error
				if choice, err = pick(text); err != nil {
					if near := slipOf(text); near != "" {
						choice = near // "hemotology"
						fmt.Fprintf(out, "  %q read as %s\n", text, near)
					} else {
						fmt.Fprintf(out, "  %v\n", err)
						continue
					}
				}
			}
			fmt.Fprintf(out, "  -> %s\n", choice)
			if choice != "skip" {
				if err := o.Set(it.Title, it.Provider, choice, "interactive review"); err != nil {
					return decided, err
				}
				decided++
				if save != nil {
					if err := save(); err != nil {
						return decided, err
					}
				}
			}
			break
		}
	}
	return decided, nil
}

// slipOf is the decision a slip of at most two edits stands for
// ("hemotology" → hematology), "" when none.
func slipOf(text string) string {
	t := strings.ToLower(strings.TrimSpace(text))
	if near := DidYouMean(t); near != "" && edlib.OSADamerauLevenshteinDistance(t, near) <= 2 {
		return near
	}
	return ""
}

// pick turns typed letters into one choice: the one choice the letters
// begin ("s" begins safety and skip: ask again), else the best
// subsequence match ("bb" -> blood_banking) when it is clearly best.
func pick(text string) (string, error) {
	t := strings.ToLower(text)
	var prefixed []string
	for _, c := range pickChoices {
		if c == t {
			return c, nil
		}
		if strings.HasPrefix(c, t) {
			prefixed = append(prefixed, c)
		}
	}
	switch len(prefixed) {
	case 1:
		return prefixed[0], nil
	case 0:
	default:
		return "", fmt.Errorf("%q begins %s: type more letters", text, strings.Join(prefixed, " and "))
	}
	m := fuzzy.Find(t, pickChoices)
	switch {
	case len(m) == 0:
		return "", fmt.Errorf("no choice matches %q; choices: %s", text, strings.Join(pickChoices, ", "))
	case len(m) > 1 && m[0].Score == m[1].Score:
		return "", fmt.Errorf("%q matches %s and %s: type more letters", text, m[0].Str, m[1].Str)
	}
	return m[0].Str, nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
