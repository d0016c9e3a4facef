// Package outdir makes a run's outputs appear together, or not at all.
//
// A run writes everything — its outputs, its spools, the parse workers'
// and the writers' temporary files — into a staging folder inside the
// output folder, and only at the end moves the outputs into place:
//
//	ledger/                        the output folder (-out)
//	  .celedger.lock               held while a run writes here
//	  .celedger-run-4242-1/        the staging folder of run 4242
//	    tmp/                       spools, temporary files
//	    ledger.json ledger.csv …   the new outputs
//	    COMMIT                     written once every output is complete
//	  ledger.json ledger.csv …     the outputs of the last run that finished
//	  .celedger-outputs            their names, so no run reads them as inputs
//
// An interrupted run leaves the previous outputs whole: until COMMIT is
// written nothing outside the staging folder has changed, and the staging
// folder is removed (by the interrupted run when it can clean up, else by
// the next run). Once COMMIT is written the run is done: its outputs are
// renamed into place, and should the process die between two renames the
// next run finishes them before doing anything else. Nothing is written
// outside the output folder, so no personal data is left in $TMPDIR.
//
// The lock refuses a second run on the same folder while one is writing.
// On Unix it is an flock on .celedger.lock, let go by the system when the
// process dies however it dies; elsewhere the file's existence is the lock.
package outdir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

const (
	lockName    = ".celedger.lock"
	stagePrefix = ".celedger-run-"
	commitName  = "COMMIT"
	oldPrefix   = ".celedger-old-" // a folder output of the last run, moved aside while the new one moves in
	// OutputsList is the file in an output folder that names, one per
	// line, every output a run wrote there: readers of inputs skip those
	// files, so a folder that holds both documents and outputs ("celedger
	// -out . .") never reads a run's outputs back in.
	OutputsList = ".celedger-outputs"
)

// Outputs reads the names an output folder's OutputsList gives (nil when
// it has none): lines after "#" comments, one file name each.
func Outputs(dir string) map[string]bool {
	b, err := os.ReadFile(filepath.Join(dir, OutputsList))
	if err != nil {
		return nil
	}
	names := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			names[l] = true
		}
	}
	return names
}

// recordOutputs makes names dir's OutputsList, and removes the outputs
// an earlier run listed that this one did not write (a people-7.html of a
// staff that has shrunk), so the folder holds one run's outputs.
func recordOutputs(dir string, names []string) error {
	all := map[string]bool{}
	for _, n := range names {
		if filepath.Base(n) == n && n != commitName {
			all[n] = true
		}
	}
	for old := range Outputs(dir) {
		if !all[old] && filepath.Base(old) == old && old != OutputsList && !strings.HasPrefix(old, ".") {
			os.RemoveAll(filepath.Join(dir, old)) // a file, or a folder output
		}
	}
	list := make([]string, 0, len(all))
	for n := range all {
		list = append(list, n)
	}
	slices.Sort(list)
	body := "# celedger wrote these outputs here; it never reads them as inputs\n" + strings.Join(list, "\n") + "\n"
	return writeSynced(filepath.Join(dir, OutputsList), body)
}

// Dir is an output folder held by this run.
type Dir struct {
	path     string
	stage    string
	lock     *lockFile
	commitMu sync.Mutex // held through a Commit, so Close waits for it
	mu       sync.Mutex
	closed   bool
	made     bool // Open made the folder: a run that commits nothing leaves none behind
}

// ErrLocked is the error of Open when another run holds the folder.
type ErrLocked struct {
	Dir   string
	Owner string // "pid 4242", or "" when not known
}

func (e *ErrLocked) Error() string {
	if e.Owner == "" {
		return fmt.Sprintf("%s: another celedger run is writing there", e.Dir)
	}
	return fmt.Sprintf("%s: another celedger run (%s) is writing there", e.Dir, e.Owner)
}

// Open makes the output folder if needed, takes its lock, finishes or
// removes what interrupted runs left, and makes this run's staging folder.
func Open(path string) (*Dir, error) {
	_, statErr := os.Stat(path)
	if err := os.MkdirAll(path, 0o755); err != nil {
		return nil, err
	}
	made := os.IsNotExist(statErr)
	lock, err := acquire(filepath.Join(path, lockName))
	if err != nil {
		var locked *ErrLocked
		if errors.As(err, &locked) {
			locked.Dir = path
		}
		return nil, err
	}
	d := &Dir{path: path, lock: lock, made: made}
	if err := d.recover(); err != nil {
		lock.release()
		return nil, err
	}
	for i := 1; ; i++ {
		d.stage = filepath.Join(path, fmt.Sprintf("%s%d-%d", stagePrefix, os.Getpid(), i))
		err := os.Mkdir(d.stage, 0o700)
		if err == nil {
			break
		}
		if !errors.Is(err, os.ErrExist) {
			lock.release()
			return nil, err
		}
	}
	if err := os.Mkdir(d.Tmp(), 0o700); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// Stage is where the outputs are written before Commit.
func (d *Dir) Stage() string { return d.stage }

// Tmp is the folder for spools and temporary files, removed with the run.
func (d *Dir) Tmp() string { return filepath.Join(d.stage, "tmp") }

// Commit moves the named outputs from the staging folder into the output
// folder. Once it has begun, Close waits for it to end.
func (d *Dir) Commit(names []string) error {
	d.commitMu.Lock()
	defer d.commitMu.Unlock()
	d.mu.Lock()
	closed := d.closed
	d.mu.Unlock()
	if closed {
		return errors.New("the run is stopping")
	}
	for _, n := range names {
		if err := syncFile(filepath.Join(d.stage, n)); err != nil {
			return err
		}
	}
	marker := strings.Join(names, "\n") + "\n"
	if err := writeSynced(filepath.Join(d.stage, commitName), marker); err != nil {
		return err
	}
	syncDir(d.stage)
	// From here on the run is done: should it die now, the next run
	// finishes the renames (see recover).
	if err := finish(d.path, d.stage, names); err != nil {
		return err
	}
	syncDir(d.path)
	return recordOutputs(d.path, names)
}

// Close removes the staging folder and lets the lock go, and the folder
// itself when Open made it and nothing was committed there. It may be called
// more than once, and from another goroutine (a signal handler): it waits
// for a Commit under way to end, so the outputs stay whole.
func (d *Dir) Close() {
	d.commitMu.Lock()
	defer d.commitMu.Unlock()
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return
	}
	d.closed = true
	os.RemoveAll(d.stage)
	d.lock.release()
	if d.made {
		os.Remove(d.path) // (only when empty: a run that wrote nothing leaves no folder)
	}
}

// recover deals with what interrupted runs left: a staging folder with a
// COMMIT marker is finished (its outputs renamed into place), any other
// is removed.
func (d *Dir) recover() error {
	entries, err := os.ReadDir(d.path)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), oldPrefix) {
			os.RemoveAll(filepath.Join(d.path, e.Name())) // a folder output moved aside by a stopped run
			continue
		}
		if !e.IsDir() || !strings.HasPrefix(e.Name(), stagePrefix) {
			continue
		}
		stage := filepath.Join(d.path, e.Name())
		if b, err := os.ReadFile(filepath.Join(stage, commitName)); err == nil {
			names := strings.Fields(string(b))
			if err := finish(d.path, stage, names); err != nil {
				return fmt.Errorf("finishing the outputs of an interrupted run: %w", err)
			}
			syncDir(d.path)
			if err := recordOutputs(d.path, names); err != nil {
				return err
			}
		}
		if err := os.RemoveAll(stage); err != nil {
			return err
		}
	}
	return nil
}

// finish renames every named output still in stage into dir.
//
// An output may be a folder of files (declaration/): the last run's folder
// is moved aside (.celedger-old-<name>), the new one moved in, the old one
// removed; recover removes one a stopped run left aside.
func finish(dir, stage string, names []string) error {
	for _, n := range names {
		if filepath.Base(n) != n || n == commitName {
			continue
		}
		from, to := filepath.Join(stage, n), filepath.Join(dir, n)
		old := ""
		if info, err := os.Stat(from); err == nil && info.IsDir() {
			if info, err := os.Stat(to); err == nil && info.IsDir() {
				old = filepath.Join(dir, oldPrefix+n)
				os.RemoveAll(old)
				if err := os.Rename(to, old); err != nil {
					return err
				}
			}
		}
		err := os.Rename(from, to)
		if err != nil && !errors.Is(err, os.ErrNotExist) { // already moved
			return err
		}
		if old != "" {
			os.RemoveAll(old)
		}
	}
	return nil
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

func writeSynced(path, body string) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(body); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir makes renames in a folder durable where the system allows it.
func syncDir(path string) {
	if f, err := os.Open(path); err == nil {
		f.Sync()
		f.Close()
	}
}

// owner is what a lock file says of the run holding it.
func owner(b []byte) string {
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return ""
	}
	return "pid " + strconv.Itoa(pid)
}
