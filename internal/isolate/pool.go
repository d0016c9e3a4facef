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
// than reading a certificate. A second job waits at each worker, so it
// never idles while the run reads its last answer.
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
	"sync/atomic"
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
	// Slots take the next input themselves; window bounds the results
	// taken and not yet emitted.
	var next atomic.Int64
	window := make(chan struct{}, (depth+1)*workers)
	// take gives the next input, waiting for room in the window only when
	// wait is true (a slot with jobs at its worker must go on reading
	// their answers, or the result the window waits for never comes).
	take := func(wait bool) (i int, ok, more bool) {
		if wait {
			window <- struct{}{}
		} else {
			select {
			case window <- struct{}{}:
			default:
				return 0, false, true
			}
		}
		i = int(next.Add(1) - 1)
		if i >= len(inputs) {
			<-window
			return 0, false, false
		}
		return i, true, true
	}
	// A slot that brings the result next in order emits it, and any that
	// waited behind it, itself: results do not pass through another
	// goroutine, which would cost a thread wake-up per file.
	var mu sync.Mutex
	pending := map[int]parsers.Result{}
	emitted := 0
	deliver := func(i int, r parsers.Result) {
		mu.Lock()
		defer mu.Unlock()
		pending[i] = r
		for {
			r, ok := pending[emitted]
			if !ok {
				return
			}
			delete(pending, emitted)
			if !p.stopped() { // after Kill, results are the run stopping: not worth a word
				emit(r)
			}
			<-window
			emitted++
			if progress != nil {
				progress(emitted)
			}
		}
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.work(take, inputs, deliver)
		}()
	}
	wg.Wait()
}

// queued is a job for a worker.
type queued struct {
	i  int
	in parsers.Input
}

// smallJob is the most data a job may carry to be queued behind another:
// a larger one waits until its worker is idle, so that writing it never
// waits on a worker that is itself waiting to write its answer.
const smallJob = 16 << 10

// work is one worker slot: it takes jobs, keeps up to depth of them at its
// worker, and replaces the worker when it dies or overruns. It talks to
// the worker directly, its reads and writes bounded by the time limit of
// the job at the head of the queue: no goroutine stands between them,
// which keeps the cost per file to a few system calls.
func (p *Pool) work(take func(wait bool) (int, bool, bool), inputs []parsers.Input, deliver func(int, parsers.Result)) {
	var pr *proc
	var queue []queued  // sent to pr, not yet answered; queue[0] is being read
	var toSend []queued // to send, in order: new jobs, and those of a worker that failed
	var headStart time.Time
	deadline := func() time.Time {
		if p.opt.Timeout <= 0 {
			return time.Time{}
		}
		return headStart.Add(p.opt.Timeout)
	}
	// failHead fails the job the worker was reading and gives the jobs
	// queued behind it to the next worker.
	failHead := func(err error) {
		msg := p.retire(pr, err)
		head := queue[0]
		deliver(head.i, parsers.Result{File: celedger.FileResult{Path: head.in.Path, Status: celedger.FileFailed, Error: msg}})
		toSend = append(append([]queued(nil), queue[1:]...), toSend...)
		queue, pr = nil, nil
	}
	open := true
	for {
		// Take jobs while there is room.
		for open && len(queue)+len(toSend) < depth {
			i, ok, more := take(len(queue)+len(toSend) == 0)
			if !ok {
				open = more
				break
			}
			in, res, loaded := parsers.Load(inputs[i])
			if !loaded {
				deliver(i, parsers.Result{File: res})
				continue
			}
			toSend = append(toSend, queued{i, in})
		}
		if len(queue)+len(toSend) == 0 {
			if !open {
				break
			}
			continue
		}
		// Send what waits, starting a worker when needed.
		for len(toSend) > 0 {
			q := toSend[0]
			if len(queue) > 0 && len(q.in.Data()) > smallJob {
				break
			}
			if pr == nil {
				var err error
				if pr, err = p.get(); err != nil {
					toSend = toSend[1:]
					deliver(q.i, p.cannotStart(q, err))
					continue
				}
			}
			toSend = toSend[1:]
			queue = append(queue, q)
			if len(queue) == 1 {
				headStart = time.Now()
			}
			if err := pr.send(msgFile, fileJob{Path: q.in.Path, File: q.in.DiskFile(), Size: q.in.Size}, q.in.Data(), deadline()); err != nil {
				failHead(err)
			}
		}
		if len(queue) == 0 {
			continue
		}
		// Read the head's answer.
		kind, meta, err := pr.receive(deadline())
		var fa fileAnswer
		if err == nil && (kind != msgFileResult || json.Unmarshal(meta, &fa) != nil) {
			pr.kill()
			err = errors.New("its answer could not be read")
		}
		if err != nil {
			failHead(err)
			continue
		}
		deliver(queue[0].i, fa.result())
		queue = queue[1:]
		headStart = time.Now()
	}
	if pr != nil {
		p.put(pr)
	}
}

// cannotStart is the result of a job no worker could take: read here when
// no worker can start at all, or not read when the run is stopping.
func (p *Pool) cannotStart(q queued, err error) parsers.Result {
	if errors.Is(err, errStopping) {
		return parsers.Result{File: celedger.FileResult{Path: q.in.Path, Status: celedger.FileFailed, Error: "not read: the run was stopped"}}
	}
	p.mu.Lock()
	if p.warning == "" {
		p.warning = fmt.Sprintf("could not start a parse worker, some files were read in this process: %v", err)
	}
	p.mu.Unlock()
	f, d := parsers.Read(q.in)
	return parsers.Result{File: f, Doc: d}
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
	var deadline time.Time
	if p.opt.Timeout > 0 {
		deadline = time.Now().Add(p.opt.Timeout)
	}
	err = pr.send(msgRoster, rosterJob{Path: path}, nil, deadline)
	var kind byte
	var meta []byte
	if err == nil {
		kind, meta, err = pr.receive(deadline)
	}
	var ra rosterAnswer
	if err == nil && (kind != msgRosterResult || json.Unmarshal(meta, &ra) != nil) {
		pr.kill()
		err = errors.New("its answer could not be read")
	}
	if err != nil {
		return nil, nil, &celedger.ParseError{Path: path, Err: errors.New(p.retire(pr, err))}
	}
	p.put(pr)
	var problems []error
	for _, s := range ra.Notes {
		problems = append(problems, parsers.RosterNote(s))
	}
	for _, s := range ra.Problems {
		problems = append(problems, problem(s))
	}
	if ra.Err != "" {
		return ra.People, problems, problem(ra.Err)
	}
	return ra.People, problems, nil
}

var errStopping = errors.New("the run is stopping")

// retire ends a worker that failed its job with err (killing it when it
// overran its time) and says why, for the file it was reading.
func (p *Pool) retire(pr *proc, err error) string {
	msg := ""
	if errors.Is(err, os.ErrDeadlineExceeded) {
		pr.kill()
		msg = fmt.Sprintf("timed out after %s (raise it with -max-parse-time)", seconds(p.opt.Timeout))
	}
	pr.wait()
	p.drop(pr)
	if msg == "" {
		msg = pr.failure(p.opt)
	}
	return msg
}

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
		pr.wait()
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

// drop forgets a worker that died or was killed.
func (p *Pool) drop(pr *proc) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.live, pr)
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
		pr.in.Close() // the worker reads the end of its input and exits
	}
	for _, pr := range idle {
		pr.wait()
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

// proc is one worker process and the two pipes to it.
type proc struct {
	cmd    *exec.Cmd
	in     *os.File // the worker's standard input
	out    *os.File // its standard output
	w      *bufio.Writer
	r      *bufio.Reader
	stderr *tail
	waited sync.Once
}

// start starts a worker and sends it its config.
func (p *Pool) start() (*proc, error) {
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		inR.Close()
		inW.Close()
		return nil, err
	}
	cmd := exec.Command(p.exe)
	cmd.Env = append(os.Environ(), envWorker+"=1")
	cmd.SysProcAttr = procAttr()
	cmd.Stdin, cmd.Stdout = inR, outW
	pr := &proc{cmd: cmd, in: inW, out: outR, w: bufio.NewWriterSize(inW, 64<<10), r: bufio.NewReaderSize(outR, 64<<10), stderr: &tail{max: 256 << 10}}
	cmd.Stderr = pr.stderr
	err = cmd.Start()
	inR.Close() // the worker's ends, now that it has them
	outW.Close()
	if err != nil {
		inW.Close()
		outR.Close()
		return nil, err
	}
	cfg := config{Limits: p.opt.Limits, Memory: p.opt.Memory, MaxStack: p.opt.MaxStack, TmpDir: p.opt.TmpDir}
	if err := pr.send(msgConfig, cfg, nil, time.Time{}); err != nil {
		pr.kill()
		pr.wait()
		return nil, err
	}
	return pr, nil
}

// send writes one message, giving up at deadline (none when zero).
func (pr *proc) send(kind byte, meta any, data []byte, deadline time.Time) error {
	pr.in.SetWriteDeadline(deadline)
	return writeMsg(pr.w, kind, meta, data)
}

// receive reads one message, giving up at deadline (none when zero).
func (pr *proc) receive(deadline time.Time) (byte, []byte, error) {
	pr.out.SetReadDeadline(deadline)
	kind, meta, _, err := readMsg(pr.r)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF // the worker ended without answering
	}
	return kind, meta, err
}

func (pr *proc) kill() {
	if pr.cmd.Process != nil {
		pr.cmd.Process.Kill()
	}
}

// wait closes the pipes and waits for the worker to exit (it has exited,
// or been killed, or read the end of its input).
func (pr *proc) wait() {
	pr.waited.Do(func() {
		pr.in.Close()
		pr.out.Close()
		pr.cmd.Wait()
	})
}

// failure says why a worker died while reading a file. Its standard error
// ends with the runtime's last words: "fatal error: runtime: out of
// memory", "fatal error: stack overflow", "panic: …".
func (pr *proc) failure(opt Options) string {
	last := lastWords(pr.stderr.String())
	switch {
	case strings.Contains(last, "out of memory") && opt.Memory > 0:
		return fmt.Sprintf("parser ran out of memory (over the %d MiB limit; raise it with -max-parse-memory)", opt.Memory>>20)
	case strings.Contains(last, "out of memory"):
		return "parser ran out of memory"
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
