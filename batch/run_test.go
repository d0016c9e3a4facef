package batch_test

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"celedger"
	"celedger/batch"
	"celedger/internal/isolate"
	"celedger/parsers"
	"celedger/report"
)

// TestMain lets the test binary serve as the run's parse worker: the
// pool starts workers by running its own executable, which in a test is
// this binary.
func TestMain(m *testing.M) {
	if isolate.IsWorker() {
		os.Exit(isolate.Serve(os.Stdin, os.Stdout))
	}
	os.Exit(m.Run())
}

var asOf = celedger.MustDate("2026-11-24")

// everyOutput is what a run over samples/ leaves in its output folder.
var everyOutput = []string{".celedger-outputs", "changes.csv", "declaration", "declaration.csv", "import-log.csv", "ledger.csv", "ledger.json", "ledger.xlsx", "reminders.csv", "report.html", "review.csv"}

// run runs the import over paths into out, its messages in the returned
// buffer, and closes the result when the test ends.
func run(t *testing.T, out string, paths ...string) (*batch.Result, string, error) {
	t.Helper()
	var log bytes.Buffer
	res, err := batch.Run(batch.Options{Out: out, AsOf: asOf, Paths: paths, Log: &log})
	if res != nil {
		t.Cleanup(res.Close)
	}
	return res, log.String(), err
}

// names lists a folder's entries, sorted.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	var ns []string
	for _, e := range entries {
		ns = append(ns, e.Name())
	}
	return ns
}

// people is every ledger of a result with its lines.
func people(t *testing.T, res *batch.Result) []celedger.PersonLedger {
	t.Helper()
	var ps []celedger.PersonLedger
	for i := range res.Ledger.People {
		p, err := res.Ledger.Person(i)
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	return ps
}

// fileCounts counts the import log's lines by status.
func fileCounts(t *testing.T, l *celedger.Ledger) map[celedger.FileStatus]int {
	t.Helper()
	n := map[celedger.FileStatus]int{}
	if err := l.EachFile(func(f *celedger.FileResult) error { n[f.Status]++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestRunSamples runs the README's first command's import on samples/:
// every output is written, every file is read, and the result holds the
// ledger the summary is printed from.
func TestRunSamples(t *testing.T) {
	out := t.TempDir()
	res, log, err := run(t, out, "../samples")
	if err != nil {
		t.Fatalf("Run: %v\n%s", err, log)
	}
	held := 0
	for i := range res.Ledger.People {
		if res.Ledger.People[i].HeldPerson() {
			held++ // lines nobody is settled as: no worksheet
		}
	}
	if n := len(names(t, filepath.Join(out, "declaration"))); n != len(res.Ledger.People)-held || held == 0 {
		t.Errorf("%d declaration worksheets for %d ledgers, %d of them held", n, len(res.Ledger.People), held)
	}
	if n := len(res.Ledger.People); n != 14 {
		t.Errorf("%d ledgers, want 14", n)
	}
	if n := fileCounts(t, res.Ledger); n[celedger.FileImported] != 30 || len(n) != 1 {
		t.Errorf("import log: %v, want 30 imported", n)
	}
	if res.Failed || res.Ledger.AsOf != asOf || !res.Changes.First || res.Overrides.Len() != 0 {
		t.Errorf("failed %v, as of %s, first run %v, %d decisions", res.Failed, res.Ledger.AsOf, res.Changes.First, res.Overrides.Len())
	}
	// The lines wait on disk until Close; every person's are there.
	lines := 0
	for _, p := range people(t, res) {
		lines += len(p.Activities)
	}
	if lines == 0 {
		t.Error("no ledger lines")
	}
	// Close lets the folder go: only the outputs are left.
	res.Close()
	if got := names(t, out); !slices.Equal(got, everyOutput) {
		t.Errorf("outputs:\n got %v\nwant %v", got, everyOutput)
	}
	if want := `samples/inservice-log-2025.csv:7: Date: invalid date "02/30/2025"`; !strings.Contains(log, want) {
		t.Errorf("log lacks %q:\n%s", want, log)
	}
}

// TestRunProgress: each phase is announced with its number of items, and
// ended.
func TestRunProgress(t *testing.T) {
	var phases []string
	var bars []*countingBar
	opts := batch.Options{Out: t.TempDir(), AsOf: asOf, Paths: []string{"../samples"}, Workers: 1}
	opts.Progress = func(phase, unit string, total int) batch.Progress {
		phases = append(phases, phase+" "+unit)
		bars = append(bars, &countingBar{total: total})
		return bars[len(bars)-1]
	}
	res, err := batch.Run(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Close()
	if want := []string{"reading files", "reconciling people", "writing files"}; !slices.Equal(phases, want) {
		t.Fatalf("phases %v, want %v", phases, want)
	}
	if b := bars[0]; b.total != 30 || b.last != 30 || !b.done {
		t.Errorf("reading: %+v, want 30 of 30 files, done", *b)
	}
	for _, b := range bars[1:] {
		if b.added != b.total || !b.done {
			t.Errorf("%+v: want every item added, done", *b)
		}
	}
	if people := bars[1].total; people == 0 || people > len(res.Ledger.People) {
		t.Errorf("reconciling %d people for %d ledgers", people, len(res.Ledger.People))
	}
}

type countingBar struct {
	total, added, last int
	done               bool
}

func (b *countingBar) Add()      { b.added++ }
func (b *countingBar) Set(n int) { b.last = n }
func (b *countingBar) Clear()    {}
func (b *countingBar) Done()     { b.done = true }

// TestRunAgainIntoItsInput: a run whose output folder is inside its input
// folder reads none of its outputs back the next time, and compares with
// the first run's ledger.
func TestRunAgainIntoItsInput(t *testing.T) {
	in := t.TempDir()
	for _, name := range []string{"ascp-transcript-daniel-reyes.csv", "labce-maria-okafor.csv"} {
		b, err := os.ReadFile(filepath.Join("../samples", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(in, name), b, 0o644)
	}
	out := filepath.Join(in, "ledger")
	first, _, err := run(t, out, in)
	if err != nil {
		t.Fatal(err)
	}
	ledger := people(t, first)
	first.Close()

	second, log, err := run(t, out, in)
	if err != nil {
		t.Fatal(err)
	}
	n := fileCounts(t, second.Ledger)
	own := 0
	second.Ledger.EachFile(func(f *celedger.FileResult) error {
		if f.Format == parsers.OwnFileFormat {
			own++
		}
		return nil
	})
	if n[celedger.FileImported] != 2 || n[celedger.FileFailed] != 0 || own != n[celedger.FileSkipped] || own == 0 {
		t.Errorf("second run's import log: %v, %d outputs skipped", n, own)
	}
	if !strings.Contains(log, "outputs of an earlier run not read") {
		t.Errorf("log does not mention the outputs it skipped:\n%s", log)
	}
	if second.Changes.First {
		t.Error("the second run has nothing to compare with")
	}
	if again := people(t, second); !reflect.DeepEqual(again, ledger) {
		t.Errorf("the second run's %d ledgers differ from the first's %d", len(again), len(ledger))
	}
	second.Close()
	// A third run compares with a ledger that logged the outputs it met:
	// they are no input, so nothing has changed.
	third, _, err := run(t, out, in)
	if err != nil {
		t.Fatal(err)
	}
	defer third.Close()
	if h := third.Changes.Headline(); len(third.Changes.Rows) != 0 {
		t.Errorf("third run, nothing changed: %s", h)
	}
	var sum strings.Builder
	report.WriteSummary(&sum, third.Ledger, nil)
	if !strings.Contains(sum.String(), "files: 2 read · 2 imported · 0 skipped") {
		t.Errorf("files line counts celedger's own outputs:\n%s", sum.String())
	}
}

// TestRunNamesOtherDecisions: a run into another -out than the earlier
// one's, whose folder with filled-in decisions sits among the inputs, says
// where the decisions are.
func TestRunNamesOtherDecisions(t *testing.T) {
	in := t.TempDir()
	b, err := os.ReadFile("../samples/staff/sean-obrien/inservice-2025.csv")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(in, "inservice-2025.csv"), b, 0o644)
	first, _, err := run(t, filepath.Join(in, "ledger"), in)
	if err != nil {
		t.Fatal(err)
	}
	first.Close()
	review := filepath.Join(in, "ledger", "review.csv")
	rb, _ := os.ReadFile(review)
	lines := strings.Split(string(rb), "\n")
	for i, l := range lines {
		if strings.Contains(l, "Platelet Studies by Flow Cytometry") {
			lines[i] = strings.Replace(l, ",,,", ",hematology,,", 1)
		}
	}
	os.WriteFile(review, []byte(strings.Join(lines, "\n")), 0o644)
	second, log, err := run(t, t.TempDir(), in)
	if err != nil {
		t.Fatal(err)
	}
	second.Close()
	if want := filepath.ToSlash(review) + " holds 1 decision of a run with another -out; give -overrides"; !strings.Contains(log, want) {
		t.Errorf("log does not say where the decisions are:\n%s", log)
	}
	// So does a run that compares with that folder's ledger (-since),
	// wherever the folder is.
	var since strings.Builder
	res, err := batch.Run(batch.Options{Out: t.TempDir(), AsOf: celedger.MustDate("2026-11-24"), Since: filepath.Join(in, "ledger", "ledger.json"),
		Paths: []string{filepath.Join(in, "inservice-2025.csv")}, Log: &since})
	if err != nil {
		t.Fatal(err)
	}
	res.Close()
	if !strings.Contains(since.String(), filepath.ToSlash(review)+" holds 1 decision") {
		t.Errorf("-since: log does not say where the decisions are:\n%s", since.String())
	}
}

// TestRunSaysPacketsGo: a run without AuditPackets after one with them
// says the packets are not kept.
func TestRunSaysPacketsGo(t *testing.T) {
	out := t.TempDir()
	var log strings.Builder
	opts := batch.Options{Out: out, AsOf: celedger.MustDate("2026-11-24"), AuditPackets: true, Paths: []string{"../samples/ascp-transcript-daniel-reyes.csv"}, Log: &log}
	res, err := batch.Run(opts)
	if err != nil {
		t.Fatal(err)
	}
	res.Close()
	opts.AuditPackets = false
	if res, err = batch.Run(opts); err != nil {
		t.Fatal(err)
	}
	res.Close()
	if !strings.Contains(log.String(), "the audit packets of the last run ("+filepath.Join(out, "audit")+") are not kept; give -audit-packet") {
		t.Errorf("log:\n%s", log.String())
	}
}

// TestRunStops: a run that cannot go on returns an *Error with its cause
// and hint, and leaves the output folder as it was.
func TestRunStops(t *testing.T) {
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "notes.txt"), []byte("nothing to import here\n"), 0o644)
	earlier := t.TempDir()
	res, _, err := run(t, earlier, "../samples/ascp-transcript-daniel-reyes.csv")
	if err != nil {
		t.Fatal(err)
	}
	res.Close()
	tests := []struct {
		name  string
		out   string // "" for a new folder
		paths []string
		cause error
		usage bool
		hint  string
	}{
		{"missing path", "", []string{"../samples/ascp-transcript-daniel-reyes.csx"}, fs.ErrNotExist, true, "nothing was read or written"},
		{"nothing to read", "", []string{empty}, batch.ErrNothingToRead, false, "nothing was written; the outputs in "},
		{"nothing to read over an earlier run", earlier, []string{empty}, batch.ErrNothingToRead, false, "are as the last run left them"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := tt.out
			if out == "" {
				out = filepath.Join(t.TempDir(), "ledger")
			}
			before := names(t, out)
			ledger, _ := os.ReadFile(filepath.Join(out, "ledger.json"))
			res, _, err := run(t, out, tt.paths...)
			var e *batch.Error
			if res != nil || !errors.As(err, &e) || !errors.Is(err, tt.cause) || e.Usage != tt.usage || !strings.Contains(e.Hint, tt.hint) {
				t.Fatalf("Run = %v, %#v; want an *Error caused by %v, usage %v, hint %q", res, err, tt.cause, tt.usage, tt.hint)
			}
			if after := names(t, out); !slices.Equal(after, before) {
				t.Errorf("output folder was %v, now %v", before, after)
			}
			if again, _ := os.ReadFile(filepath.Join(out, "ledger.json")); !bytes.Equal(again, ledger) {
				t.Error("ledger.json changed")
			}
		})
	}
}

// TestRunMissingPathsEach: every missing path (inputs, -roster,
// -overrides) is its own error, with the nearest name beside it as its
// hint.
func TestRunMissingPathsEach(t *testing.T) {
	out := filepath.Join(t.TempDir(), "ledger")
	_, err := batch.Run(batch.Options{Out: out, Paths: []string{"../sampels", "../samples/none"}, Roster: "../samples/staff/rooster.csv",
		Overrides: "../samples/staff/roster.cvs"})
	var e *batch.Error
	if !errors.As(err, &e) {
		t.Fatalf("Run = %v, want an *Error", err)
	}
	joined, ok := e.Err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("%#v joins no errors", e.Err)
	}
	var got []string
	for _, part := range joined.Unwrap() {
		p := part.(*batch.Error)
		got = append(got, p.Error()+" | "+p.Hint)
	}
	want := []string{
		"../sampels: no such file or folder | did you mean ../samples?",
		"../samples/none: no such file or folder | ",
		"-roster ../samples/staff/rooster.csv: no such file or folder | did you mean ../samples/staff/roster.csv?",
		"-overrides ../samples/staff/roster.cvs: no such file or folder | did you mean ../samples/staff/roster.csv?",
	}
	if !slices.Equal(got, want) {
		t.Errorf("errors:\n got %q\nwant %q", got, want)
	}
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the output folder was made: %v", err)
	}
}

// TestRunFailedFile: a file that cannot be read is in the outputs as
// failed, and the run still writes them.
func TestRunFailedFile(t *testing.T) {
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "junk.csv"), []byte("\x00\x01\x02 not a transcript\xff\xfe"), 0o644)
	b, _ := os.ReadFile("../samples/ascp-transcript-daniel-reyes.csv")
	os.WriteFile(filepath.Join(in, "ascp.csv"), b, 0o644)
	out := t.TempDir()
	res, log, err := run(t, out, in)
	if err != nil {
		t.Fatal(err)
	}
	if n := fileCounts(t, res.Ledger); !res.Failed || n[celedger.FileFailed] != 1 || n[celedger.FileImported] != 1 {
		t.Errorf("failed %v, import log %v", res.Failed, n)
	}
	if !strings.Contains(log, "celedger: error: "+filepath.ToSlash(filepath.Join(in, "junk.csv"))) {
		t.Errorf("log lacks the failed file:\n%s", log)
	}
	if _, err := os.Stat(filepath.Join(out, "ledger.json")); err != nil {
		t.Error(err)
	}
}

// TestRunNeverReplacesAnInput: "-out . ." beside a transcript saved as
// ledger.csv writes nothing, and the transcript stays; so does a file of
// an output's name in a folder that lists other outputs.
func TestRunNeverReplacesAnInput(t *testing.T) {
	in := t.TempDir()
	b, err := os.ReadFile("../samples/labce-daniel-reyes.csv")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(in, "ledger.csv"), b, 0o644)
	_, _, err = run(t, in, in)
	var e *batch.Error
	if !errors.As(err, &e) || !e.Usage || !strings.Contains(e.Error(), "ledger.csv is an input (read as ce-generic-csv)") {
		t.Fatalf("error %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(in, "ledger.csv")); !bytes.Equal(got, b) {
		t.Error("the input ledger.csv was replaced")
	}
	if ns := names(t, in); !reflect.DeepEqual(ns, []string{"ledger.csv"}) {
		t.Errorf("-out holds %q", ns)
	}

	// A folder whose list of outputs (an earlier run's) lacks report.html:
	// the report.html there is someone's own.
	out := t.TempDir()
	os.WriteFile(filepath.Join(out, ".celedger-outputs"), []byte("ledger.json\n"), 0o644)
	os.WriteFile(filepath.Join(out, "report.html"), []byte("mine"), 0o644)
	_, _, err = run(t, out, "../samples/labce-daniel-reyes.csv")
	if !errors.As(err, &e) || !strings.Contains(e.Error(), "report.html is not an output of an earlier run") {
		t.Fatalf("error %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(out, "report.html")); string(got) != "mine" {
		t.Error("report.html was replaced")
	}

	// A folder no run has written into: a file named like an output is
	// the user's (and a review.csv there is no decisions file).
	fresh := t.TempDir()
	os.WriteFile(filepath.Join(fresh, "review.csv"), b, 0o644)
	_, _, err = run(t, fresh, "../samples/labce-maria-okafor.csv")
	if !errors.As(err, &e) || !strings.Contains(e.Error(), "review.csv is not an output of an earlier run") {
		t.Fatalf("error %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(fresh, "review.csv")); !bytes.Equal(got, b) {
		t.Error("the user's review.csv was replaced")
	}
}
