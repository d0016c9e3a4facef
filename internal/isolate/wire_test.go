package isolate

import "testing"

func TestLastWords(t *testing.T) {
	for in, want := range map[string]string{
		"runtime: out of memory: cannot allocate 4194304-byte block (3997696 in use)\nfatal error: runtime: out of memory\n\ngoroutine 1 [running]:\n": "runtime: out of memory",
		"panic: boom\n\ngoroutine 7 [running]:\nmain.f()\n":       "panic: boom",
		"SIGSEGV: segmentation violation\nPC=0x0 m=0 sigcode=0\n": "SIGSEGV: segmentation violation",
		"a warning from a library\n":                              "",
	} {
		if got := lastWords(in); got != want {
			t.Errorf("lastWords(%q) = %q, want %q", in, got, want)
		}
	}
}
