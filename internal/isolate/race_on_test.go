//go:build race

package isolate

// The race detector maps its own shadow memory, which a memory limit on
// the address space breaks: the tests that need one skip under -race.
const raceEnabled = true
