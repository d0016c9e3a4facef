package parsers

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestReadAllOrderMatchesSerial checks that reading with many workers
// gives exactly what reading one by one gives, in the same order.
func TestReadAllOrderMatchesSerial(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		body := fmt.Sprintf("Course Title,Date,Contact Hours\nCourse %d,2025-01-%02d,%d\n", i, i%28+1, i%5+1)
		if i%7 == 0 {
			body = "not a transcript\n"
		}
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%02d.csv", i)), []byte(body), 0o644)
	}
	inputs, _ := Discover([]string{dir})
	collect := func(workers int) []Result {
		var out []Result
		ReadAll(inputs, workers, func(r Result) { out = append(out, r) }, nil)
		return out
	}
	serial := collect(1)
	if len(serial) != 40 {
		t.Fatalf("read %d results, want 40", len(serial))
	}
	for _, w := range []int{2, 8, 64} {
		if got := collect(w); !reflect.DeepEqual(got, serial) {
			t.Errorf("%d workers: results differ from a serial read", w)
		}
	}
	var last int
	ReadAll(inputs, 4, func(Result) {}, func(done int) { last = done })
	if last != 40 {
		t.Errorf("progress ended at %d, want 40", last)
	}
}
