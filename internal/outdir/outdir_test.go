package outdir

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func write(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// list is a folder's entries, folders marked with a slash.
func list(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() {
			n += "/"
		}
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, " ")
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCommit: outputs appear in the folder together at Commit, a user's
// own files stay, and Close leaves nothing of the run behind.
func TestCommit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ledger")
	d, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "overrides.csv"), "mine")
	write(t, filepath.Join(d.Stage(), "a.json"), "new a")
	write(t, filepath.Join(d.Stage(), "b.csv"), "new b")
	write(t, filepath.Join(d.Tmp(), "spool"), "scratch")
	if got := list(t, dir); got != filepath.Base(d.Stage())+"/ .celedger.lock overrides.csv" {
		t.Errorf("before commit: %s", got)
	}
	if err := d.Commit([]string{"a.json", "b.csv"}); err != nil {
		t.Fatal(err)
	}
	d.Close()
	d.Close() // a second Close does nothing
	if got := list(t, dir); got != ".celedger-outputs a.json b.csv overrides.csv" {
		t.Errorf("after close: %s", got)
	}
	if got := Outputs(dir); len(got) != 2 || !got["a.json"] || !got["b.csv"] {
		t.Errorf("outputs listed: %v", got)
	}
	if read(t, filepath.Join(dir, "a.json")) != "new a" || read(t, filepath.Join(dir, "overrides.csv")) != "mine" {
		t.Error("wrong contents")
	}
}

// TestLock: a second run on the same folder is refused, and says who
// holds it; once the first ends, the folder is free again.
func TestLock(t *testing.T) {
	dir := t.TempDir()
	d, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir)
	var locked *ErrLocked
	if !errors.As(err, &locked) || !strings.Contains(err.Error(), "another celedger run (pid ") || !strings.HasPrefix(err.Error(), dir+": ") {
		t.Fatalf("second Open: %v", err)
	}
	d.Close()
	d2, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	d2.Close()
}

// TestRecover: a run interrupted before its commit leaves the previous
// outputs whole and its staging folder is removed by the next run; one
// interrupted in the middle of its renames is finished by the next run.
func TestRecover(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.json"), "old a")
	write(t, filepath.Join(dir, "b.csv"), "old b")

	// Before the commit: half the outputs written, no COMMIT.
	early := filepath.Join(dir, stagePrefix+"1-1")
	os.MkdirAll(filepath.Join(early, "tmp"), 0o700)
	write(t, filepath.Join(early, "a.json"), "half-written a")
	d, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	if got := list(t, dir); got != "a.json b.csv" || read(t, filepath.Join(dir, "a.json")) != "old a" {
		t.Errorf("after an early stop: %s, a = %q", got, read(t, filepath.Join(dir, "a.json")))
	}

	// During the renames: COMMIT written, a.json moved, b.csv not yet.
	late := filepath.Join(dir, stagePrefix+"2-1")
	os.MkdirAll(late, 0o700)
	write(t, filepath.Join(late, "b.csv"), "new b")
	write(t, filepath.Join(late, commitName), "a.json\nb.csv\n")
	write(t, filepath.Join(dir, "a.json"), "new a")
	d, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	if got := list(t, dir); got != ".celedger-outputs a.json b.csv" || read(t, filepath.Join(dir, "a.json")) != "new a" || read(t, filepath.Join(dir, "b.csv")) != "new b" {
		t.Errorf("after a stop during the renames: %s", got)
	}
}

// TestCloseBeforeCommit: a run stopped before its commit (a signal) leaves
// the folder as it was, and cannot commit afterwards.
func TestCloseBeforeCommit(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.json"), "old a")
	d, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(d.Stage(), "a.json"), "new a")
	d.Close()
	if err := d.Commit([]string{"a.json"}); err == nil {
		t.Error("commit after close succeeded")
	}
	if got := list(t, dir); got != "a.json" || read(t, filepath.Join(dir, "a.json")) != "old a" {
		t.Errorf("after close: %s", got)
	}
}

// TestCloseRemovesFolderItMade: a run that commits nothing into a folder
// it made leaves no folder; a folder that was there stays.
func TestCloseRemovesFolderItMade(t *testing.T) {
	made := filepath.Join(t.TempDir(), "new")
	d, err := Open(made)
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	if _, err := os.Stat(made); !os.IsNotExist(err) {
		t.Errorf("the folder Open made is still there (%v)", err)
	}
	there := t.TempDir()
	if d, err = Open(there); err != nil {
		t.Fatal(err)
	}
	d.Close()
	if _, err := os.Stat(there); err != nil {
		t.Errorf("a folder that was there went: %v", err)
	}
}
