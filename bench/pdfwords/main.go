// Command pdfwords compares the words celedger's PDF engine reads with the
// words of `pdftotext -layout` (poppler), file by file, over a folder of
// PDFs nobody here wrote (the public test PDFs of other PDF projects).
//
//	go run ./bench/pdfwords [-top 25] [-timeout 20s] DIR
//
// For every PDF under DIR (each distinct file once, by content) it runs
// pdftotext and the engine (in a child process with a time limit, so a
// hang or crash is counted, not fatal) and compares the two multisets of
// words (NFKC, soft hyphens dropped; a word holds a letter or a digit, so
// leader dots and rules, which pdftotext and the engine space differently,
// are not counted). It scores only the files where
// pdftotext is itself right: it exits 0 with at least 20 words, and under
// 2 % of its characters are U+FFFD, private-use or control characters.
// It prints word recall (share of pdftotext's words the engine read) and
// precision (share of the engine's words pdftotext read), summed over
// files and per folder, then the files that differ most.
//
// Needs pdftotext (Debian: poppler-utils). bench/peerpdfs.sh fetches the
// peer projects' test PDFs this was measured on.
package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"celedger/parsers/pdf"
)

func main() {
	if len(os.Args) == 3 && os.Args[1] == "-child" {
		child(os.Args[2])
		return
	}
	top := flag.Int("top", 25, "files listed that differ most")
	timeout := flag.Duration("timeout", 20*time.Second, "time limit per file, for each reader")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: pdfwords [-top N] [-timeout D] DIR")
		os.Exit(2)
	}
	os.Exit(run(flag.Arg(0), *top, *timeout))
}

// child prints the engine's words of one file, one per line.
func child(path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		os.Exit(4)
	}
	doc, err := pdf.Read(data)
	if doc == nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	w := bytes.Buffer{}
	for _, p := range doc.Pages {
		for _, ls := range [][]pdf.Line{p.Lines, p.Aside} {
			for _, l := range ls {
				for _, word := range strings.Fields(l.Text(" ")) {
					w.WriteString(word)
					w.WriteByte('\n')
				}
			}
		}
	}
	os.Stdout.Write(w.Bytes())
}

type result struct {
	path            string
	folder          string
	theirs, ours    map[string]int
	nTheirs, nOurs  int
	common          int
	status          string // "", "crash", "timeout", "error: …"
	scored          bool
	ourTime, ptTime time.Duration
}

func run(dir string, top int, timeout time.Duration) int {
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	var files []string
	seen := map[[32]byte]bool{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.EqualFold(filepath.Ext(p), ".pdf") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		h := sha256.Sum256(b)
		if !seen[h] {
			seen[h] = true
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	var results []result
	for _, p := range files {
		r := result{path: p, folder: folderOf(dir, p)}
		start := time.Now()
		pt, ok := pdftotext(p, timeout)
		r.ptTime = time.Since(start)
		start = time.Now()
		ours, status := engine(self, p, timeout)
		r.ourTime = time.Since(start)
		r.status = status
		r.theirs, r.nTheirs = bag(pt)
		r.ours, r.nOurs = bag(ours)
		r.scored = ok && r.nTheirs >= 20 && clean(pt)
		for w, n := range r.theirs {
			r.common += min(n, r.ours[w])
		}
		results = append(results, r)
	}
	report(results, top)
	return 0
}

func folderOf(dir, p string) string {
	rel, _ := filepath.Rel(dir, p)
	if i := strings.IndexAny(rel, "/\\"); i > 0 {
		return rel[:i]
	}
	return "."
}

func pdftotext(path string, timeout time.Duration) (string, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, "pdftotext", "-layout", "-q", path, "-").Output()
	return string(out), err == nil
}

func engine(self, path string, timeout time.Duration) (string, string) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, self, "-child", path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	switch {
	case ctx.Err() != nil:
		return "", "timeout"
	case err != nil:
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
			return "", "error: " + firstLine(stderr.String())
		}
		return "", "crash: " + firstLine(stderr.String())
	}
	return string(out), ""
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}

// bidiMarks are format characters that carry no text: the soft hyphen,
// and the direction marks pdftotext puts around numbers in right-to-left
// text ("\u202B\u202A2014\u202C\u202C").
var bidiMarks = strings.NewReplacer("\u00AD", "", "\u200E", "", "\u200F", "", "\u202A", "", "\u202B", "",
	"\u202C", "", "\u202D", "", "\u202E", "", "\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "")

// bag is the multiset of a text's words.
func bag(s string) (map[string]int, int) {
	s = norm.NFKC.String(bidiMarks.Replace(s))
	m := map[string]int{}
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue // leader dots, rules, lone dashes: no word
		}
		m[w]++
		n++
	}
	return m, n
}

// clean reports whether pdftotext's text has under 2 % of characters
// that show it could not decode the file.
func clean(s string) bool {
	bad, all := 0, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		all++
		if r == 0xFFFD || r < 0x20 || r >= 0xE000 && r <= 0xF8FF {
			bad++
		}
	}
	return all > 0 && bad*50 < all
}

func report(results []result, top int) {
	type sum struct{ files, theirs, ours, common, failed int }
	total := sum{}
	byFolder := map[string]*sum{}
	crashes := 0
	var ourTime, ptTime time.Duration
	for _, r := range results {
		ourTime += r.ourTime
		ptTime += r.ptTime
		if strings.HasPrefix(r.status, "crash") || r.status == "timeout" {
			crashes++
		}
		if !r.scored {
			continue
		}
		s := byFolder[r.folder]
		if s == nil {
			s = &sum{}
			byFolder[r.folder] = s
		}
		for _, x := range []*sum{s, &total} {
			x.files++
			x.theirs += r.nTheirs
			x.ours += r.nOurs
			x.common += r.common
			if r.status != "" {
				x.failed++
			}
		}
	}
	pct := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%.3f", float64(a)/float64(b))
	}
	fmt.Printf("%d distinct PDFs; %d scored (pdftotext read them cleanly, ≥ 20 words); %d crashes or timeouts of the engine\n",
		len(results), total.files, crashes)
	fmt.Printf("engine %.1f s in all (one process per file), pdftotext %.1f s\n\n", ourTime.Seconds(), ptTime.Seconds())
	fmt.Printf("%-34s %6s %9s %9s %8s %9s\n", "folder", "files", "words", "recall", "precision", "failed")
	var folders []string
	for f := range byFolder {
		folders = append(folders, f)
	}
	sort.Strings(folders)
	for _, f := range folders {
		s := byFolder[f]
		fmt.Printf("%-34s %6d %9d %9s %8s %9d\n", f, s.files, s.theirs, pct(s.common, s.theirs), pct(s.common, s.ours), s.failed)
	}
	fmt.Printf("%-34s %6d %9d %9s %8s %9d\n\n", "all", total.files, total.theirs, pct(total.common, total.theirs), pct(total.common, total.ours), total.failed)
	sort.SliceStable(results, func(i, j int) bool {
		return missed(results[i]) > missed(results[j])
	})
	fmt.Printf("files that differ most (words missed + words extra):\n")
	for i, r := range results {
		if i >= top || missed(r) == 0 {
			break
		}
		fmt.Printf("  %5d  recall %s precision %s  %s %s\n", missed(r), pct(r.common, r.nTheirs), pct(r.common, r.nOurs), r.path, r.status)
	}
	for _, r := range results {
		if strings.HasPrefix(r.status, "crash") || r.status == "timeout" {
			fmt.Printf("  %s: %s\n", r.status, r.path)
		}
	}
}

func missed(r result) int {
	if !r.scored {
		return 0
	}
	return r.nTheirs - r.common + r.nOurs - r.common
}
