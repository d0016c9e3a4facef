//go:build !unix

package outdir

import (
	"errors"
	"os"
	"strconv"
)

// lockFile is a held .celedger.lock.
type lockFile struct{ path string }

// acquire creates path, failing when it exists: a run that died without
// removing it leaves the folder locked until the file is removed by hand.
func acquire(path string) (*lockFile, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		b, _ := os.ReadFile(path)
		return nil, &ErrLocked{Owner: owner(b)}
	}
	if err != nil {
		return nil, err
	}
	f.WriteString(strconv.Itoa(os.Getpid()) + "\n")
	f.Close()
	return &lockFile{path: path}, nil
}

func (l *lockFile) release() { os.Remove(l.path) }
