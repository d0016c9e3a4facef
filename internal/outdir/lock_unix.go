//go:build unix

package outdir

import (
	"errors"
	"io"
	"os"
	"strconv"
	"syscall"
)

// lockFile is a held .celedger.lock.
type lockFile struct {
	f    *os.File
	path string
}

// acquire takes an flock on path, creating the file; the system lets it
// go when the process ends, however it ends.
func acquire(path string) (*lockFile, error) {
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, err
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			b, _ := io.ReadAll(io.LimitReader(f, 64))
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				return nil, &ErrLocked{Owner: owner(b)}
			}
			return nil, err
		}
		// The run that held the lock removes the file as it lets go: if
		// that happened between our open and our lock, ours is a file
		// nobody else will lock. Lock the one at the path instead.
		held, err1 := f.Stat()
		now, err2 := os.Stat(path)
		if err1 != nil || err2 != nil || !os.SameFile(held, now) {
			f.Close()
			continue
		}
		f.Truncate(0)
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
		return &lockFile{f: f, path: path}, nil
	}
}

func (l *lockFile) release() {
	os.Remove(l.path)
	l.f.Close()
}
