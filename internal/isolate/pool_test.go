//go:build linux

package isolate

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"celedger"
	"celedger/parsers"
)

// TestMain makes the test binary a parse worker when the pool starts it.
// Such a worker misbehaves on purpose for files named crash-*.csv, the
// way a parser meeting a hostile file would.
func TestMain(m *testing.M) {
	if IsWorker() {
		read = misbehave
		os.Exit(Serve(os.Stdin, os.Stdout))
	}
	os.Exit(m.Run())
}

var sink [][]byte

func misbehave(in parsers.Input) (celedger.FileResult, celedger.Document) {
	name := filepath.Base(in.Path)
	switch name {
	case "crash-oom.csv": // grows until the memory limit stops it
		for {
			sink = append(sink, make([]byte, 1<<20))
			for i := range sink[len(sink)-1] {
				sink[len(sink)-1][i] = 1
			}
		}
	case "crash-huge.csv": // one allocation far over the limit
		sink = append(sink, make([]byte, 100<<30))
	case "crash-stack.csv":
		recurse(0)
	case "crash-hang.csv":
		select {}
	case "crash-goroutine.csv": // a library's goroutine panics: recover cannot help
		go func() { panic("bad cross-reference table") }()
		time.Sleep(time.Minute)
	case "crash-exit.csv":
		os.Exit(0)
	case "crash-segv.csv":
		syscall.Kill(os.Getpid(), syscall.SIGSEGV)
		time.Sleep(time.Minute)
	case "crash-killed.csv": // as the system's out-of-memory killer would
		syscall.Kill(os.Getpid(), syscall.SIGKILL)
		time.Sleep(time.Minute)
	}
	return parsers.Read(in)
}

func recurse(n int) int {
	var pad [256]byte
	pad[n%256] = byte(n)
	return recurse(n+1) + int(pad[0])
}

// transcript is a small CSV transcript with one row.
func transcript(i int) string {
	return fmt.Sprintf("Name:,Ada Placeholder\nCourse Title,Date,Contact Hours\nCourse %d,2025-01-%02d,%d\n", i, i%28+1, i%5+1)
}

func writeFiles(t *testing.T, files map[string]string) []parsers.Input {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ins, bad := parsers.Discover([]string{dir})
	if len(bad) > 0 {
		t.Fatalf("discover: %+v", bad)
	}
	return ins
}

func collect(p *Pool, ins []parsers.Input) []parsers.Result {
	var out []parsers.Result
	p.ReadAll(ins, func(r parsers.Result) { out = append(out, r) }, nil)
	return out
}

// comparable drops what differs only in type between a result read here
// and one read back from a worker: a problem travels as its text.
func comparable(rs []parsers.Result) []parsers.Result {
	out := make([]parsers.Result, len(rs))
	for i, r := range rs {
		r.Doc.Problems = nil
		for _, p := range rs[i].Doc.Problems {
			r.Doc.Problems = append(r.Doc.Problems, problem(p.Error()))
		}
		out[i] = r
	}
	return out
}

func needWorkers(t *testing.T) {
	t.Helper()
	if !supported {
		t.Skip("no parse workers on this system")
	}
}

// TestSameAsInProcess: workers give exactly what reading in this process
// gives, in the same order, for any number of workers.
func TestSameAsInProcess(t *testing.T) {
	needWorkers(t)
	files := map[string]string{}
	for i := range 30 {
		files[fmt.Sprintf("f%02d.csv", i)] = transcript(i)
	}
	files["bad-rows.csv"] = "Course Title,Date,Contact Hours\nA,2025-02-30,1\nB,2025-01-01,-1\nC,2025-01-02,1\n"
	files["notes.txt"] = "not a transcript\n"
	ins := writeFiles(t, files)
	want := comparable(collect(New(Options{InProcess: true, Limits: parsers.Limit}), ins))
	for _, w := range []int{1, 2, 5} {
		p := New(Options{Workers: w, Limits: parsers.Limit, Memory: 256 << 20, Timeout: time.Minute})
		if !p.Isolated() {
			t.Fatal("pool reads in this process")
		}
		got := collect(p, ins)
		p.Close()
		if !reflect.DeepEqual(comparable(got), want) {
			t.Errorf("%d workers: results differ from reading in this process", w)
		}
	}
}

// TestCrashingParsers: a worker that dies or hangs fails the file it was
// reading, with a message that says why; every other file is read.
func TestCrashingParsers(t *testing.T) {
	needWorkers(t)
	crashes := map[string]string{
		"crash-oom.csv":       "parser ran out of memory (over the 256 MiB limit; raise it with -max-parse-memory)",
		"crash-huge.csv":      "parser ran out of memory",
		"crash-stack.csv":     "parser crashed: stack overflow",
		"crash-hang.csv":      "timed out after 1 s (raise it with -max-parse-time)",
		"crash-goroutine.csv": "parser crashed: panic: bad cross-reference table",
		"crash-exit.csv":      "parser crashed: exit status 0",
		"crash-segv.csv":      "parser crashed: SIGSEGV: segmentation violation",
		"crash-killed.csv":    "parser crashed: killed by signal 9 (killed)",
	}
	files := map[string]string{}
	for name := range crashes {
		files[name] = transcript(0)
	}
	for i := range 12 {
		files[fmt.Sprintf("good-%02d.csv", i)] = transcript(i)
	}
	if raceEnabled {
		for _, name := range []string{"crash-oom.csv", "crash-huge.csv", "crash-stack.csv"} {
			delete(crashes, name)
			delete(files, name)
		}
	}
	ins := writeFiles(t, files)
	var batch []parsers.Input // all but the hanging file
	var hanging parsers.Input
	for _, in := range ins {
		if filepath.Base(in.Path) == "crash-hang.csv" {
			hanging = in
		} else {
			batch = append(batch, in)
		}
	}
	for _, w := range []int{1, 3} {
		p := New(Options{Workers: w, Limits: parsers.Limit, Memory: 256 << 20, Timeout: time.Minute})
		got := collect(p, batch)
		p.Close()
		// The hanging file waits for its time limit; the others must not
		// meet theirs, however slow the machine, so it has a pool of its own.
		hang := New(Options{Workers: w, Limits: parsers.Limit, Memory: 256 << 20, Timeout: time.Second})
		got = append(got, collect(hang, []parsers.Input{hanging, batch[len(batch)-1]})...)
		hang.Close()
		want := append(append([]parsers.Input(nil), batch...), hanging, batch[len(batch)-1])
		if len(got) != len(want) {
			t.Fatalf("%d workers: %d results for %d files", w, len(got), len(want))
		}
		for i, r := range got {
			name := filepath.Base(r.File.Path)
			if r.File.Path != want[i].Path {
				t.Errorf("%d workers: result %d is %s, want %s", w, i, r.File.Path, want[i].Path)
			}
			if want, ok := crashes[name]; ok {
				if r.File.Status != celedger.FileFailed || !strings.HasPrefix(r.File.Error, want) {
					t.Errorf("%d workers: %s: %s %q, want failed %q", w, name, r.File.Status, r.File.Error, want)
				}
				continue
			}
			if r.File.Status != celedger.FileImported || len(r.Doc.Records) != 1 {
				t.Errorf("%d workers: %s: %s %q, %d records", w, name, r.File.Status, r.File.Error, len(r.Doc.Records))
			}
		}
	}
}

// TestReadRoster reads a roster in a worker, and fails one whose parser
// crashes without taking the run down.
func TestReadRoster(t *testing.T) {
	needWorkers(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "roster.csv")
	os.WriteFile(path, []byte("name,id,credential,cycle_end\nAda Placeholder,00000001,MLS,2027-06-30\nBo Invented,,XYZ,2027-06-30\n"), 0o644)
	p := New(Options{Workers: 1, Limits: parsers.Limit, Memory: 256 << 20, Timeout: time.Minute})
	defer p.Close()
	got, problems, err := p.ReadRoster(path)
	want, wantProblems, wantErr := parsers.ReadRoster(path)
	if err != nil || wantErr != nil || !reflect.DeepEqual(got, want) || fmt.Sprint(problems) != fmt.Sprint(wantProblems) {
		t.Errorf("ReadRoster = %+v %v %v, want %+v %v %v", got, problems, err, want, wantProblems, wantErr)
	}
	_, _, err = p.ReadRoster(filepath.Join(dir, "missing.csv"))
	if err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing roster: %v", err)
	}
}
