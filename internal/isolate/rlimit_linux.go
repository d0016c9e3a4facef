package isolate

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"syscall"
)

// supported reports whether files are read in worker processes here.
const supported = true

// limitMemory caps the address space this process may still add, in
// bytes, with RLIMIT_AS. A Go program reserves about a gigabyte of address
// space at start that it never touches, so the cap is set above what is
// mapped now: allocation past it fails and the runtime stops the process
// with "fatal error: runtime: out of memory", which the run reports.
func limitMemory(extra int64) error {
	now, err := mappedBytes()
	if err != nil {
		return fmt.Errorf("memory limit: %w", err)
	}
	lim := uint64(now) + uint64(extra)
	return syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: lim, Max: lim})
}

// mappedBytes is this process's address space size (VmSize).
func mappedBytes() (int64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		rest, ok := bytes.CutPrefix(line, []byte("VmSize:"))
		if !ok {
			continue
		}
		f := bytes.Fields(rest)
		if len(f) == 2 && string(f[1]) == "kB" {
			kb, err := strconv.ParseInt(string(f[0]), 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no VmSize in /proc/self/status")
}

// procAttr makes a worker die with the run (even a run killed with
// SIGKILL) and keeps it out of the terminal's process group, so Ctrl-C
// reaches the run alone and the run stops its workers itself.
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL, Setpgid: true}
}
