package batch

import (
	"strconv"
	"strings"

	"celedger"
	"celedger/internal/spool"
	"celedger/parsers"
)

// spools are what a run keeps on disk until a later step reads it again:
// the import log, the records until reconciliation, and each person's
// ledger lines until the outputs are written. They live in the output
// folder, as hidden files removed when the run ends.
type spools struct {
	log     *importLog
	records *spool.Spool[celedger.Record]
	lines   *spool.Spool[[]celedger.Entry]
}

func openSpools(dir string) (*spools, error) {
	var sp spools
	var err error
	if sp.log, err = newImportLog(dir); err != nil {
		return nil, err
	}
	if sp.records, err = spool.New[celedger.Record](dir); err != nil {
		sp.log.Close()
		return nil, err
	}
	if sp.lines, err = spool.New[[]celedger.Entry](dir); err != nil {
		sp.log.Close()
		sp.records.Close()
		return nil, err
	}
	return &sp, nil
}

func (sp *spools) close() {
	sp.log.Close()
	sp.records.Close()
	sp.lines.Close()
}

// importLog is the import log as a run builds it: every file's line on
// disk, and in memory only what the run asks of it later — the rosters
// found among the inputs, whether a file failed, and how many files share
// each content hash.
type importLog struct {
	*spool.Spool[celedger.FileResult]
	rosters []int            // lines of staff rosters found on disk among the inputs (not in a zip)
	failed  bool             // some file could not be read
	read    int              // documents imported (read with at least a header or a record); rosters not counted
	copies  map[uint64]int32 // files per content hash, by its first 64 bits
}

func newImportLog(dir string) (*importLog, error) {
	s, err := spool.New[celedger.FileResult](dir)
	if err != nil {
		return nil, err
	}
	return &importLog{Spool: s, copies: map[uint64]int32{}}, nil
}

// add appends a file's line.
func (g *importLog) add(f celedger.FileResult) error {
	i, err := g.Add(f)
	if err != nil {
		return err
	}
	g.failed = g.failed || f.Status == celedger.FileFailed
	if f.Status == celedger.FileImported && f.Format != parsers.RosterFormat {
		g.read++
	}
	if f.Format == parsers.RosterFormat && f.Status == celedger.FileSkipped && !strings.Contains(f.Path, "!/") {
		g.rosters = append(g.rosters, i)
	}
	if k, ok := hashKey(f.SHA256); ok {
		g.copies[k]++
	}
	return nil
}

// update changes line i.
func (g *importLog) update(i int, change func(f *celedger.FileResult)) error {
	f, err := g.Get(i)
	if err != nil {
		return err
	}
	change(&f)
	g.failed = g.failed || f.Status == celedger.FileFailed
	return g.Set(i, f)
}

// repeated maps the path of every file whose content another file repeats
// to its content hash. Only these matter to duplicate finding, so
// reconciling a person does not go through every file of the import.
func (g *importLog) repeated() (map[string]string, error) {
	out := map[string]string{}
	some := false
	for _, n := range g.copies {
		some = some || n > 1
	}
	if !some {
		return out, nil
	}
	for i := range g.Len() {
		f, err := g.Get(i)
		if err != nil {
			return nil, err
		}
		if k, ok := hashKey(f.SHA256); ok && g.copies[k] > 1 {
			out[f.Path] = f.SHA256
		}
	}
	return out, nil
}

// hashKey is the first 64 bits of a hex SHA-256. Two files with the same
// key are compared by their whole hashes later.
func hashKey(sha string) (uint64, bool) {
	if len(sha) < 16 {
		return 0, false
	}
	k, err := strconv.ParseUint(sha[:16], 16, 64)
	return k, err == nil
}
