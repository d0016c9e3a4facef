//go:build unix

package parsers

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"celedger"
)

// TestDiscoverNothingDropped: every entry of a folder is either an input
// or listed with why it is not read; symbolic links are followed, loops
// are not walked twice, and special files are never opened.
func TestDiscoverNothingDropped(t *testing.T) {
	root := t.TempDir()
	mk := func(rel, body string) {
		p := filepath.Join(root, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	link := func(target, rel string) {
		if err := os.Symlink(target, filepath.Join(root, rel)); err != nil {
			t.Fatal(err)
		}
	}
	mk("real/t.csv", zipTranscript)
	mk("in/a.csv", zipTranscript)
	mk("in/.hidden.csv", zipTranscript)
	mk("in/.git/config", "x")
	link("../real/t.csv", "in/linked.csv") // a file through a link
	link("../real", "in/linked-dir")       // a folder through a link
	link("..", "in/up")                    // a loop back up the tree
	link("missing.csv", "in/broken.csv")   // a link to nothing
	if err := syscall.Mkfifo(filepath.Join(root, "in/pipe.csv"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("unix", filepath.Join(root, "in/sock"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	link(filepath.Join(root, "in"), "dirlink") // the folder given by a link

	ins, bad := Discover([]string{filepath.Join(root, "dirlink"), filepath.Join(root, "in/pipe.csv")})
	rel := func(p string) string { return strings.TrimPrefix(p, filepath.ToSlash(root)+"/") }
	var got []string
	for _, in := range ins {
		got = append(got, rel(in.Path))
	}
	want := []string{"dirlink/a.csv", "dirlink/linked-dir/t.csv", "dirlink/linked.csv"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("inputs = %q, want %q", got, want)
	}
	var listed []string
	for _, b := range bad {
		listed = append(listed, fmt.Sprintf("%s %s: %s", rel(b.Path), b.Status, strings.ReplaceAll(b.Error, filepath.ToSlash(root)+"/", "")))
	}
	wantListed := []string{
		"dirlink/.git skipped: hidden folder: not read",
		"dirlink/.hidden.csv skipped: hidden file: not read",
		"dirlink/broken.csv failed: broken symbolic link: no such file or directory",
		"dirlink/pipe.csv skipped: not a regular file (a named pipe): not read",
		"dirlink/sock skipped: not a regular file (a socket): not read",
		"dirlink/up/dirlink skipped: folder already read as dirlink (symbolic links lead to it twice): not read again",
		"dirlink/up/in skipped: folder already read as dirlink (symbolic links lead to it twice): not read again",
		"dirlink/up/real skipped: folder already read as dirlink/linked-dir (symbolic links lead to it twice): not read again",
		"in/pipe.csv failed: not a regular file (a named pipe): not read",
	}
	if strings.Join(listed, "\n") != strings.Join(wantListed, "\n") {
		t.Errorf("not read:\n%s\nwant\n%s", strings.Join(listed, "\n"), strings.Join(wantListed, "\n"))
	}
	// A pipe put where a file was found is refused when opened, too.
	pipe := filepath.Join(root, "in/pipe.csv")
	if res, _ := Read(DiskInput("pipe.csv", pipe, 0)); res.Status != celedger.FileFailed || res.Error != "not a regular file (a named pipe)" {
		t.Errorf("pipe read as %s %q", res.Status, res.Error)
	}
	if _, _, err := ReadRoster(pipe); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("pipe read as a roster: %v", err)
	}
	for _, in := range ins {
		if res, _ := Read(in); res.Status != celedger.FileImported {
			t.Errorf("%s: %s %s", in.Path, res.Status, res.Error)
		}
	}
}

func TestTrimPath(t *testing.T) {
	for _, tt := range []struct{ msg, path, want string }{
		{"a.csv:14: Credits: bad", "a.csv", "line 14: Credits: bad"},
		{"a.pdf p.2: no text", "a.pdf", "page 2: no text"},
		{"a.xlsx[Log]:14: Credits: bad", "a.xlsx", "sheet Log, line 14: Credits: bad"},
		{"a.xlsx[Log]: over the limit: row 4", "a.xlsx", "sheet Log: over the limit: row 4"},
		{"a.csv: no header", "a.csv", "no header"},
		{"b.csv: message", "a.csv", "b.csv: message"},
	} {
		if got := trimPath(tt.msg, tt.path); got != tt.want {
			t.Errorf("trimPath(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}
