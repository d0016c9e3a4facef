//go:build !linux

package isolate

import (
	"errors"
	"syscall"
)

// supported reports whether files are read in worker processes here: only
// on Linux, where a worker's memory can be capped and a worker dies with
// the run. Elsewhere files are read in the run's own process.
const supported = false

func limitMemory(int64) error { return errors.New("memory limit: not supported on this system") }

func procAttr() *syscall.SysProcAttr { return nil }
