//go:build unix

package parsers

import (
	"fmt"
	"os"
	"syscall"
)

// openRegular opens a file for reading only if it is a regular file. It
// opens without blocking, so a named pipe put where a file was found
// cannot hang the run, and checks the type of what it opened.
func openRegular(name string) (*os.File, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, &os.PathError{Op: "open", Path: name, Err: fmt.Errorf("not a regular file (%s)", fileKind(info.Mode()))}
	}
	return f, nil
}
