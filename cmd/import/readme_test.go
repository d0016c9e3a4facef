package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
)

// readmeBlocks are the fenced code blocks of README.md, in order.
func readmeBlocks(t *testing.T) (string, [][]string) {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var blocks [][]string
	var cur []string
	in := false
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "```") {
			if in {
				blocks = append(blocks, cur)
				cur = nil
			}
			in = !in
			continue
		}
		if in {
			cur = append(cur, line)
		}
	}
	return string(b), blocks
}

// TestREADMEQuotes checks what README.md quotes: its first block holds the
// two commands a newcomer runs, and every line of the summary it quotes
// (the second block, "…" aside) is printed by the first command with the
// -as-of date the README names.
func TestREADMEQuotes(t *testing.T) {
	text, blocks := readmeBlocks(t)
	if len(blocks) < 2 {
		t.Fatal("README.md: fewer than two code blocks")
	}
	first := strings.Join(blocks[0], "\n")
	for _, cmd := range []string{"go run ./cmd/import -out ledger samples/", "go test ./..."} {
		if !strings.HasPrefix(strings.TrimSpace(first), "go run") || !strings.Contains(first, cmd) {
			t.Errorf("README.md's first block lacks %q", cmd)
		}
	}
	asOf := regexp.MustCompile("`-as-of (\\d{4}-\\d{2}-\\d{2})`").FindStringSubmatch(text)
	if asOf == nil {
		t.Fatal("README.md names no -as-of date for its quoted summary")
	}
	code, stdout, stderr := runCLI(t, "-out", t.TempDir(), "-as-of", asOf[1], "../../samples")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	stdout = strings.ReplaceAll(stdout, "../../samples/", "samples/") // paths as run from the project root
	for _, line := range blocks[1] {
		if strings.TrimSpace(line) == "…" || strings.TrimSpace(line) == "" {
			continue
		}
		if !strings.Contains(stdout, line+"\n") {
			t.Errorf("README.md quotes a summary line the command does not print:\n%s", line)
		}
	}
}

// TestREADMEFlags checks that the README's flag table names every flag
// the command has.
func TestREADMEFlags(t *testing.T) {
	text, _ := readmeBlocks(t)
	var usage bytes.Buffer
	parseFlags([]string{"-h"}, &usage)
	for _, m := range regexp.MustCompile(`(?m)^  -([a-z-]+)`).FindAllStringSubmatch(usage.String(), -1) {
		if !strings.Contains(text, "`-"+m[1]) {
			t.Errorf("README.md's flag table lacks -%s", m[1])
		}
	}
}
