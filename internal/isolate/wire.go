package isolate

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"celedger"
	"celedger/parsers"
)

// The protocol between the run and a worker is a sequence of messages on
// the worker's standard input and output, in both directions:
//
//	kind   1 byte   'c' config, 'f' read a file, 'o' read a roster;
//	                'r' a file's result, 'O' a roster's result
//	meta   4 bytes  big-endian length, then that many bytes of JSON
//	data   4 bytes  big-endian length, then that many raw bytes (a zip
//	                member's content; empty otherwise)
//
// The run sends a config first, then jobs; the worker answers each job
// with one result, in the order the jobs came. Lengths make a message cut
// off by a dying worker detectable: the run then reads io.ErrUnexpectedEOF.

const (
	msgConfig       = 'c'
	msgFile         = 'f'
	msgRoster       = 'o'
	msgFileResult   = 'r'
	msgRosterResult = 'O'
)

// maxMeta bounds a message's JSON, so a corrupt length cannot make the
// reader allocate without end. Records of a file are well under it: the
// row limit is a million rows of a few hundred bytes.
const maxMeta = 1 << 30

// config is what a worker needs before its first job.
type config struct {
	Limits   parsers.Limits `json:"limits"`
	Memory   int64          `json:"memory"`    // bytes the worker may add to its address space; 0: no limit
	MaxStack int            `json:"max_stack"` // bytes of one goroutine's stack
	TmpDir   string         `json:"tmp_dir"`   // for the readers' temporary files
}

// fileJob asks a worker to read one input: the file on disk, or the data
// sent with the message.
type fileJob struct {
	Path string `json:"path"`
	File string `json:"file,omitempty"`
	Size int64  `json:"size"`
}

// fileAnswer is parsers.Result on the wire: a problem travels as its text.
type fileAnswer struct {
	File     celedger.FileResult `json:"file"`
	Format   string              `json:"format,omitempty"`
	Holder   celedger.Holder     `json:"holder"`
	Records  []celedger.Record   `json:"records,omitempty"`
	Problems []string            `json:"problems,omitempty"`
	Notes    []string            `json:"notes,omitempty"`
}

func answerOf(r parsers.Result) fileAnswer {
	a := fileAnswer{File: r.File, Format: r.Doc.Format, Holder: r.Doc.Holder, Records: r.Doc.Records, Notes: r.Doc.Notes}
	for _, p := range r.Doc.Problems {
		a.Problems = append(a.Problems, p.Error())
	}
	return a
}

func (a fileAnswer) result() parsers.Result {
	d := celedger.Document{Format: a.Format, Holder: a.Holder, Records: a.Records, Notes: a.Notes}
	for _, p := range a.Problems {
		d.Problems = append(d.Problems, problem(p))
	}
	return parsers.Result{File: a.File, Doc: d}
}

// problem is a row problem read back from a worker: its text, as printed.
type problem string

func (p problem) Error() string { return string(p) }

// rosterJob asks a worker to read a staff roster file.
type rosterJob struct {
	Path string `json:"path"`
}

// rosterAnswer is parsers.ReadRoster's result on the wire.
type rosterAnswer struct {
	People   []celedger.RosterEntry `json:"people,omitempty"`
	Problems []string               `json:"problems,omitempty"`
	Notes    []string               `json:"notes,omitempty"` // parsers.RosterNote problems
	Err      string                 `json:"err,omitempty"`
}

// writeMsg writes one message.
func writeMsg(w *bufio.Writer, kind byte, meta any, data []byte) error {
	b, err := json.Marshal(meta)
	if err != nil {
		return err
	}
	var hdr [5]byte
	hdr[0] = kind
	binary.BigEndian.PutUint32(hdr[1:], uint32(len(b)))
	w.Write(hdr[:])
	w.Write(b)
	binary.BigEndian.PutUint32(hdr[1:], uint32(len(data)))
	w.Write(hdr[1:])
	w.Write(data)
	return w.Flush()
}

// readMsg reads one message: its kind, JSON and data.
func readMsg(r *bufio.Reader) (kind byte, meta, data []byte, err error) {
	var hdr [5]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return 0, nil, nil, err
	}
	kind = hdr[0]
	if meta, err = readChunk(r, binary.BigEndian.Uint32(hdr[1:])); err != nil {
		return 0, nil, nil, err
	}
	if _, err := io.ReadFull(r, hdr[1:]); err != nil {
		return 0, nil, nil, unexpected(err)
	}
	if data, err = readChunk(r, binary.BigEndian.Uint32(hdr[1:])); err != nil {
		return 0, nil, nil, err
	}
	return kind, meta, data, nil
}

func readChunk(r *bufio.Reader, n uint32) ([]byte, error) {
	if n > maxMeta {
		return nil, fmt.Errorf("message of %d bytes", n)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, unexpected(err)
	}
	return b, nil
}

func unexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}
