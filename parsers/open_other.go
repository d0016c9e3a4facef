//go:build !unix

package parsers

import (
	"fmt"
	"os"
)

// openRegular opens a file for reading only if it is a regular file.
func openRegular(name string) (*os.File, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &os.PathError{Op: "open", Path: name, Err: fmt.Errorf("not a regular file (%s)", fileKind(info.Mode()))}
	}
	return os.Open(name)
}
