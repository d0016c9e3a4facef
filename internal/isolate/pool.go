// Package isolate reads input files in worker processes, so that a file
// that crashes or hangs its parser fails alone and the batch goes on.
//
// Go's recover cannot catch "fatal error: out of memory" or a stack
// overflow, and the libraries the parsers use will have bugs nobody has
// found yet. So the run starts a few long-lived copies of its own binary
// (os.Executable, with CELEDGER_PARSE_WORKER=1 in the environment) and
// hands them the files one at a time:
//
//	run ──"read staff/jane/cert.pdf"──► worker 1 ──FileResult, records──► run
//	    ──"read staff.zip!/lee/a.csv" + the member's bytes──► worker 2
//
// Each worker has a memory limit (RLIMIT_AS) and each file a time limit.
// A worker that dies (out of memory, stack overflow, any crash) or
// overruns fails the file it was reading with a message that says which
// ("parser ran out of memory", "parser crashed: stack overflow", "timed out
// after 30 s"), is replaced, and the batch goes on. Results are merged in
// input order, so the outcome does not depend on the number of workers.
//
// Workers are few and reused — one per -workers, never one per file: a
// run reads tens of thousands of files and starting a process costs more
// than reading a certificate. Two jobs wait at each worker so it never
// idles while the run reads its last answer.
//
// Where workers are not supported (see supported), or with
// Options.InProcess, files are read in the run's own process with
// parsers.ReadAll, as before: a panic is still caught, a fatal error is not.
package isolate

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"celedger"
	"celedger/parsers"
)

// Options are the limits and the size of the pool.
type Options struct {
	Workers   int            // worker processes; <= 0: one per CPU
	Memory    int64          // bytes of memory a worker may use beyond its start; 0: no limit
	Timeout   time.Duration  // time one file may take; 0: no limit
	MaxStack  int            // bytes of one goroutine's stack in a worker; 0: DefaultMaxStack
	Limits    parsers.Limits // the parsers' limits, passed to each worker
	TmpDir    string         // where workers put temporary files; "" for the system's
	InProcess bool           // read in this process, without workers
}

// Defaults for the command's flags.
const (
	DefaultMemory  = 2 << 30
	DefaultTimeout = 30 * time.Second
	// DefaultMaxStack stops a runaway recursion long before the memory
	// limit: a real document never nests this deep.
	DefaultMaxStack = 64 << 20
)

// depth is how many jobs wait at one worker.
const depth = 2

// Pool is a run's parse workers. Its methods are called from one
// goroutine at a time, except Kill.
type Pool struct {
	opt     Options
	exe     string
	inProc  bool
	mu      sync.Mutex
	idle    []*proc
	live    map[*proc]bool
	killed  bool
	warning string // why files are read in this process after all, once
}

// New makes a pool. Workers start when the first file is read. When this
// system or binary cannot run workers, the pool reads in this process and
// Warning says why.
func New(opt Options) *Pool {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.MaxStack <= 0 {
		opt.MaxStack = DefaultMaxStack
	}
	p := &Pool{opt: opt, live: map[*proc]bool{}, inProc: opt.InProcess || !supported}
	if !p.inProc {
		exe, err := os.Executable()
		if err != nil {
			p.inProc, p.warning = true, fmt.Sprintf("files are read in this process: %v", err)
		}
		p.exe = exe
	}
	return p
}

// Isolated reports whether files are read in worker processes.
func (p *Pool) Isolated() bool { return !p.inProc }

// Warning says why files are read without isolation although it was
// asked for, or "".
func (p *Pool) Warning() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.warning
}

// ReadAll reads every input and hands each result to emit in input order,
// whatever order the workers finish in; progress, when not nil, is called
// after each with the count so far. Like parsers.ReadAll, at most a few
// results per worker wait for their turn.
func (p *Pool) ReadAll(inputs []parsers.Input, emit func(parsers.Result), progress func(done int)) {
	if p.inProc {
		parsers.ReadAll(inputs, p.opt.Workers, emit, progress)
		return
	}
	workers := max(1, min(p.opt.Workers, len(inputs)))
	type slot struct {
		i   int
		res parsers.Result
	}
	jobs := make(chan int)
	done := make(chan slot, workers)
	window := make(chan struct{}, (depth+1)*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.work(jobs, inputs, func(i int, r parsers.Result) { done <- slot{i, r} })
		}()
	}
	go func() {
		for i := range inputs {
			window <- struct{}{}
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(done)
	}()
	pending := map[int]parsers.Result{}
	next := 0
	for s := range done {
		pending[s.i] = s.res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if !p.stopped() { // after Kill, results are the run stopping: not worth a word
				emit(r)
			}
			<-window
			next++
			if progress != nil {
				progress(next)
			}
		}
	}
}

// queued is a job sent to a worker and not yet answered.
type queued struct {
	i  int
	in parsers.Input
}

// work is one worker slot: it takes jobs, keeps up to depth of them at its
// worker, and replaces the worker when it dies or overruns.
func (p *Pool) work(jobs <-chan int, inputs []parsers.Input, deliver func(int, parsers.Result)) {
	var pr *proc
	var queue []queued
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	startHead := func() { // the head of the queue starts now
		if p.opt.Timeout > 0 {
			timer.Reset(p.opt.Timeout)
		}
	}
	// send gives a job to the worker, starting one when needed; when no
	// worker can start, the job is read here.
	send := func(q queued) {
		if pr == nil {
			var err error
			if pr, err = p.get(); errors.Is(err, errStopping) {
				deliver(q.i, parsers.Result{File: celedger.FileResult{Path: q.in.Path, Status: celedger.FileFailed, Error: "not read: the run was stopped"}})
				return
			} else if err != nil {
				p.mu.Lock()
				if p.warning == "" {
					p.warning = fmt.Sprintf("could not start a parse worker, some files were read in this process: %v", err)
				}
				p.mu.Unlock()
				f, d := parsers.Read(q.in)
				deliver(q.i, parsers.Result{File: f, Doc: d})
				return
			}
		}
		pr.send(q.in)
		queue = append(queue, q)
		if len(queue) == 1 {
			startHead()
		}
	}
	// fail fails the head job with msg and gives the rest to a new worker.
	fail := func(msg string) {
		timer.Stop()
		head := queue[0]
		deliver(head.i, parsers.Result{File: celedger.FileResult{Path: head.in.Path, Status: celedger.FileFailed, Error: msg}})
		rest := queue[1:]
		queue, pr = nil, nil
		for _, q := range rest {
			send(q)
		}
	}
	open := true
	for open || len(queue) > 0 {
		var jobCh <-chan int
		if open && len(queue) < depth {
			jobCh = jobs
		}
		var answers <-chan answer
		if pr != nil && len(queue) > 0 {
			answers = pr.answers
		}
		select {
		case i, ok := <-jobCh:
			if !ok {
				open = false
				continue
			}
			in, res, ok := parsers.Load(inputs[i])
			if !ok {
				deliver(i, parsers.Result{File: res})
				continue
			}
			send(queued{i, in})
		case a := <-answers:
			if a.err != nil {
				p.drop(pr)
				fail(pr.failure(p.opt))
				continue
			}
			var fa fileAnswer
			if a.kind != msgFileResult || json.Unmarshal(a.meta, &fa) != nil {
				pr.kill()
				p.drop(pr)
				fail("parser crashed: its answer could not be read")
				continue
			}
			timer.Stop()
			deliver(queue[0].i, fa.result())
			queue = queue[1:]
			if len(queue) > 0 {
				startHead()
			}
		case <-timer.C:
			pr.kill()
			p.drop(pr)
			fail(fmt.Sprintf("timed out after %s (raise it with -max-parse-time)", seconds(p.opt.Timeout)))
		}
	}
	if pr != nil {
		p.put(pr)
	}
}

// seconds prints a duration as "30 s" or "1.5 s".
func seconds(d time.Duration) string {
	return fmt.Sprintf("%g s", d.Seconds())
}

// ReadRoster reads a staff roster file in a worker, as parsers.ReadRoster
// would here.
func (p *Pool) ReadRoster(path string) ([]celedger.RosterEntry, []error, error) {
	if p.inProc {
		return parsers.ReadRoster(path)
	}
	pr, err := p.get()
	if err != nil {
		return parsers.ReadRoster(path)
	}
	pr.jobs <- outMsg{kind: msgRoster, meta: rosterJob{Path: path}}
	var timeout <-chan time.Time
	if p.opt.Timeout > 0 {
		t := time.NewTimer(p.opt.Timeout)
		defer t.Stop()
		timeout = t.C
	}
	fail := func(msg string) ([]celedger.RosterEntry, []error, error) {
		return nil, nil, &celedger.ParseError{Path: path, Err: errors.New(msg)}
	}
	select {
	case a := <-pr.answers:
		var ra rosterAnswer
		if a.err != nil {
			p.drop(pr)
			return fail(pr.failure(p.opt))
		}
		if a.kind != msgRosterResult || json.Unmarshal(a.meta, &ra) != nil {
			pr.kill()
			p.drop(pr)
			return fail("parser crashed: its answer could not be read")
		}
		p.put(pr)
		var problems []error
		for _, s := range ra.Problems {
			problems = append(problems, problem(s))
		}
		if ra.Err != "" {
			return ra.People, problems, problem(ra.Err)
		}
		return ra.People, problems, nil
	case <-timeout:
		pr.kill()
		p.drop(pr)
		return fail(fmt.Sprintf("timed out after %s (raise it with -max-parse-time)", seconds(p.opt.Timeout)))
	}
}

var errStopping = errors.New("the run is stopping")

// get returns an idle worker or starts one.
func (p *Pool) get() (*proc, error) {
	p.mu.Lock()
	if p.killed {
		p.mu.Unlock()
		return nil, errStopping
	}
	if n := len(p.idle); n > 0 {
		pr := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return pr, nil
	}
	p.mu.Unlock()
	pr, err := p.start()
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.killed {
		pr.kill()
		pr.closeJobs()
		return nil, errStopping
	}
	p.live[pr] = true
	return pr, nil
}

// put returns a worker to the idle list.
func (p *Pool) put(pr *proc) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.idle = append(p.idle, pr)
}

// drop forgets a worker that died or was killed, and stops its writer.
func (p *Pool) drop(pr *proc) {
	p.mu.Lock()
	delete(p.live, pr)
	p.mu.Unlock()
	pr.closeJobs()
}

// Close stops the idle workers and waits for them to exit.
func (p *Pool) Close() {
	p.mu.Lock()
	idle := p.idle
	p.idle = nil
	for _, pr := range idle {
		delete(p.live, pr)
	}
	p.mu.Unlock()
	for _, pr := range idle {
		pr.closeJobs()
	}
	for _, pr := range idle {
		<-pr.exited
	}
}

func (p *Pool) stopped() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.killed
}

// Kill kills every worker at once; the pool starts no more, and ReadAll
// hands on no more results. It is safe to
// call from a signal handler's goroutine while files are being read.
func (p *Pool) Kill() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.killed = true
	for pr := range p.live {
		pr.kill()
	}
}

// proc is one worker process.
type proc struct {
	cmd     *exec.Cmd
	jobs    chan outMsg // to the goroutine that writes the worker's stdin
	answers chan answer // from the goroutine that reads its stdout
	stderr  *tail
	exited  chan struct{} // closed once the process has been waited for
	closing sync.Once
}

func (pr *proc) closeJobs() { pr.closing.Do(func() { close(pr.jobs) }) }

type outMsg struct {
	kind byte
	meta any
	data []byte
}

// answer is a message from a worker, or the error that ended its output
// (sent once the process has exited).
type answer struct {
	kind byte
	meta []byte
	err  error
}

// start starts a worker and sends it its config.
func (p *Pool) start() (*proc, error) {
	cmd := exec.Command(p.exe)
	cmd.Env = append(os.Environ(), envWorker+"=1")
	cmd.SysProcAttr = procAttr()
	pr := &proc{cmd: cmd, jobs: make(chan outMsg, depth+1), answers: make(chan answer, depth+1), stderr: &tail{max: 256 << 10}, exited: make(chan struct{})}
	cmd.Stderr = pr.stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	go func() {
		w := bufio.NewWriterSize(stdin, 64<<10)
		ok := true
		for m := range pr.jobs {
			if ok && writeMsg(w, m.kind, m.meta, m.data) != nil {
				ok = false // the worker is gone; its reader reports why
			}
		}
		stdin.Close()
	}()
	go func() {
		r := bufio.NewReaderSize(stdout, 64<<10)
		for {
			kind, meta, _, err := readMsg(r)
			if err != nil {
				io.Copy(io.Discard, stdout)
				cmd.Wait()
				close(pr.exited)
				if err == io.EOF {
					err = io.ErrUnexpectedEOF
				}
				pr.answers <- answer{err: err}
				return
			}
			pr.answers <- answer{kind: kind, meta: meta}
		}
	}()
	pr.jobs <- outMsg{kind: msgConfig, meta: config{Limits: p.opt.Limits, Memory: p.opt.Memory, MaxStack: p.opt.MaxStack, TmpDir: p.opt.TmpDir}}
	return pr, nil
}

func (pr *proc) send(in parsers.Input) {
	pr.jobs <- outMsg{kind: msgFile, meta: fileJob{Path: in.Path, File: in.DiskFile(), Size: in.Size}, data: in.Data()}
}

func (pr *proc) kill() {
	if pr.cmd.Process != nil {
		pr.cmd.Process.Kill()
	}
}

// failure says why a worker died while reading a file. Its standard error
// ends with the runtime's last words: "fatal error: runtime: out of
// memory", "fatal error: stack overflow", "panic: …".
func (pr *proc) failure(opt Options) string {
	<-pr.exited
	last := lastWords(pr.stderr.String())
	switch {
	case strings.Contains(last, "out of memory"):
		return fmt.Sprintf("parser ran out of memory (over the %d MiB limit; raise it with -max-parse-memory)", opt.Memory>>20)
	case strings.Contains(last, "stack overflow"):
		return "parser crashed: stack overflow"
	case last != "":
		return "parser crashed: " + last
	}
	if ws, ok := pr.cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return fmt.Sprintf("parser crashed: killed by signal %d (%v)", int(ws.Signal()), ws.Signal())
	}
	return "parser crashed: " + pr.cmd.ProcessState.String()
}

// lastWords is the last line of a dying Go program's standard error that
// says why: "fatal error: …", "panic: …" or a signal ("SIGSEGV:
// segmentation violation"), at most 200 bytes.
func lastWords(s string) string {
	lines := strings.Split(s, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if rest, ok := strings.CutPrefix(l, "fatal error: "); ok {
			l = rest
		} else if !strings.HasPrefix(l, "panic: ") && !isSignalLine(l) {
			continue
		}
		if len(l) > 200 {
			l = l[:200] + "…"
		}
		return l
	}
	return ""
}

// isSignalLine reports a Go runtime's line for a fatal signal:
// "SIGSEGV: segmentation violation".
func isSignalLine(l string) bool {
	name, _, ok := strings.Cut(l, ": ")
	if !ok || !strings.HasPrefix(name, "SIG") || len(name) < 5 {
		return false
	}
	for _, c := range name[3:] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// tail keeps the last max bytes written to it: enough for a Go crash's
// first line and the trace of the goroutine that crashed (a stack overflow
// prints about 30 KB after its "fatal error" line).
type tail struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = append(t.b[:0], t.b[len(t.b)-t.max:]...)
	}
	return len(p), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.b)
}
