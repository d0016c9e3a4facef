package parsers

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"celedger"
	"celedger/internal/outdir"
)

// Input is one file to read: a file on disk, or a member of a zip archive
// ("staff.zip!/jane/cert.pdf"; see zip.go).
type Input struct {
	Path string // as the user gave it, joined with the path inside folders and archives
	Size int64  // for a zip member, as its header declares (not trusted: Read measures it)
	file string // the file on disk; "" for a zip member
	data []byte // a zip member's bytes, once Load has read them
	open func() (readerAtCloser, error)
	// release is called once the input has been read or has failed: a
	// zip member lets its archive go after the last member (see zip.go).
	release func()
}

// done calls release, once.
func (in *Input) done() {
	if in.release != nil {
		in.release()
		in.release = nil
	}
}

// DiskInput is the input of a file on disk, shown as path. A parse worker
// makes its inputs with it and MemoryInput (see internal/isolate).
func DiskInput(path, file string, size int64) Input {
	return Input{Path: path, Size: size, file: file, open: func() (readerAtCloser, error) { return openRegular(file) }}
}

// MemoryInput is the input of bytes already read, shown as path: a zip
// member that Load has read.
func MemoryInput(path string, data []byte) Input {
	return Input{Path: path, Size: int64(len(data)), data: data, open: func() (readerAtCloser, error) {
		return memberReader{bytes.NewReader(data)}, nil
	}}
}

// DiskFile is the file on disk an input reads, or "" for a zip member.
func (in Input) DiskFile() string { return in.file }

// Data is a loaded zip member's bytes (see Load), or nil.
func (in Input) Data() []byte { return in.data }

// Load makes an input ready for another process to read: a zip member is
// read into memory (inflated once, here); a file on disk is left for the
// reader to open. When the input cannot be read, Load gives its failed
// FileResult, as Read would, and false.
func Load(in Input) (Input, celedger.FileResult, bool) {
	defer in.done()
	if res, ok := overSize(in); !ok {
		return in, res, false
	}
	if in.file != "" || in.data != nil {
		return in, celedger.FileResult{}, true
	}
	f, err := in.open()
	if err != nil {
		return in, celedger.FileResult{Path: in.Path, Status: celedger.FileFailed, Error: pathError(err)}, false
	}
	defer f.Close()
	m, ok := f.(memberReader)
	if !ok {
		return in, celedger.FileResult{}, true
	}
	data := make([]byte, m.Len())
	if _, err := m.ReadAt(data, 0); err != nil && err != io.EOF {
		return in, celedger.FileResult{Path: in.Path, Status: celedger.FileFailed, Error: fmt.Sprintf("%v: %v", celedger.ErrUnreadable, err)}, false
	}
	return MemoryInput(in.Path, data), celedger.FileResult{}, true
}

// overSize fails an input whose size is over Limit.MaxFileSize.
func overSize(in Input) (celedger.FileResult, bool) {
	if in.Size <= Limit.MaxFileSize {
		return celedger.FileResult{}, true
	}
	return celedger.FileResult{Path: in.Path, Status: celedger.FileFailed,
		Error: fmt.Sprintf("%v: file is %d bytes, more than the %d-byte limit (raise it with -max-file-size)", celedger.ErrTooLarge, in.Size, Limit.MaxFileSize)}, false
}

type readerAtCloser interface {
	io.ReaderAt
	io.Closer
}

// Discover expands the paths a user gave (files, folders walked
// recursively, and .zip archives read in place) into inputs sorted by
// path. Whatever is not read is returned as a FileResult, so it still
// appears in the outputs: a path that cannot be read or a broken symbolic
// link (failed), a hidden file or folder inside a folder (".git",
// ".DS_Store": skipped), a named pipe, socket or device (failed when
// given by name, skipped inside a folder; never opened, so it cannot block
// the run), celedger's own outputs (the files an output folder's
// outdir.OutputsList names: skipped, even when named). Symbolic links are
// followed, to folders too; a folder reached a second time (a link back up
// the tree) is skipped.
func Discover(paths []string) ([]Input, []celedger.FileResult) {
	d := discovery{dirs: map[fileID]string{}}
	for _, p := range paths {
		info, err := os.Stat(p) // a symbolic link given by name is followed
		switch {
		case err != nil:
			d.fail(p, linkError(p, err))
		case info.IsDir():
			d.walk(p, info)
		case info.Mode().IsRegular() && outdir.Outputs(filepath.Dir(p))[filepath.Base(p)]:
			d.skipOwn(p, ownOutput)
		case info.Mode().IsRegular():
			d.addFile(p, info.Size())
		default:
			d.fail(p, fmt.Sprintf("not a regular file (%s): not read", fileKind(info.Mode())))
		}
	}
	sort.SliceStable(d.ins, func(i, j int) bool { return d.ins[i].Path < d.ins[j].Path })
	return d.ins, d.bad
}

// ownOutput says why a file celedger wrote is not read.
const ownOutput = "celedger's own output from an earlier run (listed in " + outdir.OutputsList + "): not read"

// OwnFileFormat is celedger.FormatOwnOutput: a file celedger itself wrote,
// logged, never read, and not worth a line on the terminal each.
const OwnFileFormat = celedger.FormatOwnOutput

func (d *discovery) skipOwn(path, msg string) {
	d.bad = append(d.bad, celedger.FileResult{Path: filepath.ToSlash(path), Format: OwnFileFormat, Status: celedger.FileSkipped, Error: msg})
}

// discovery is what Discover has found so far.
type discovery struct {
	ins  []Input
	bad  []celedger.FileResult
	dirs map[fileID]string // folders walked, by identity, with the path first seen
}

func (d *discovery) fail(path, msg string) {
	d.bad = append(d.bad, celedger.FileResult{Path: filepath.ToSlash(path), Status: celedger.FileFailed, Error: msg})
}

func (d *discovery) skip(path, msg string) {
	d.bad = append(d.bad, celedger.FileResult{Path: filepath.ToSlash(path), Status: celedger.FileSkipped, Error: msg})
}

// walk reads a folder, in name order, following symbolic links.
func (d *discovery) walk(dir string, info fs.FileInfo) {
	if id, ok := folderIdentity(dir, info); ok {
		if first, seen := d.dirs[id]; seen {
			d.skip(dir, fmt.Sprintf("folder already read as %s (symbolic links lead to it twice): not read again", filepath.ToSlash(first)))
			return
		}
		d.dirs[id] = dir
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		d.fail(dir, pathError(err)) // entries read before the error still count
	}
	outputs := outdir.Outputs(dir)
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if outputs[e.Name()] {
			d.skipOwn(p, ownOutput)
			continue
		}
		if strings.HasPrefix(e.Name(), ".celedger") {
			continue // the output folder's lock, outputs list and staging folder: no input, and the staging folder's name changes every run
		}
		if strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				d.skip(p, "hidden folder: not read")
			} else {
				d.skip(p, "hidden file: not read")
			}
			continue
		}
		info, err := e.Info()
		if err == nil && info.Mode()&fs.ModeSymlink != 0 {
			info, err = os.Stat(p)
		}
		switch {
		case err != nil:
			d.fail(p, linkError(p, err))
		case info.IsDir():
			d.walk(p, info)
		case info.Mode().IsRegular():
			d.addFile(p, info.Size())
		default:
			d.skip(p, fmt.Sprintf("not a regular file (%s): not read", fileKind(info.Mode())))
		}
	}
}

// addFile adds a file on disk, or the members of a zip archive.
func (d *discovery) addFile(path string, size int64) {
	if isZipName(path) {
		opener := func() (readerAtCloser, int64, error) {
			f, err := openRegular(path)
			return f, size, err
		}
		z := zipWalk{ins: d.ins, bad: d.bad}
		z.walk(filepath.ToSlash(path), opener, 1, nil)
		d.ins, d.bad = z.ins, z.bad
		return
	}
	d.ins = append(d.ins, fileInput(path, size))
}

// readRegular reads a whole regular file of at most Limit.MaxFileSize
// bytes.
func readRegular(path string) ([]byte, error) {
	f, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, Limit.MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > Limit.MaxFileSize {
		return nil, fmt.Errorf("%s: %w: more than the %d-byte limit (raise it with -max-file-size)", path, celedger.ErrTooLarge, Limit.MaxFileSize)
	}
	return data, nil
}

// linkError says why a path could not be followed: a broken symbolic
// link or a loop of links say so.
func linkError(path string, err error) string {
	msg := pathError(err)
	if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if errors.Is(err, fs.ErrNotExist) {
			return "broken symbolic link: " + msg
		}
		return "symbolic link not followed: " + msg
	}
	return msg
}

func pathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func fileInput(path string, size int64) Input {
	return DiskInput(filepath.ToSlash(path), path, size)
}

// Read detects the format of one input and parses it. It never panics and
// never returns an error: every outcome is in the FileResult.
func Read(in Input) (res celedger.FileResult, doc celedger.Document) {
	defer in.done()
	res = celedger.FileResult{Path: in.Path}
	if r, ok := overSize(in); !ok {
		return r, doc
	}
	f, err := in.open()
	if err != nil {
		res.Status, res.Error = celedger.FileFailed, pathError(err)
		return res, doc
	}
	defer f.Close()
	if m, ok := f.(interface{ Size() int64 }); ok {
		in.Size = m.Size() // a zip member read into memory: its true size
	}
	sum := sha256.New()
	var text textCheck
	if _, err := io.Copy(io.MultiWriter(sum, &text), io.NewSectionReader(f, 0, in.Size)); err != nil {
		res.Status, res.Error = celedger.FileFailed, fmt.Sprintf("%v: %v", celedger.ErrUnreadable, err)
		return res, doc
	}
	res.SHA256 = hex.EncodeToString(sum.Sum(nil))
	head := make([]byte, min(in.Size, headSize))
	if _, err := f.ReadAt(head, 0); err != nil && err != io.EOF {
		res.Status, res.Error = celedger.FileFailed, fmt.Sprintf("%v: %v", celedger.ErrUnreadable, err)
		return res, doc
	}
	var src io.ReaderAt = f
	if enc := textEncoding(head, &text); enc != "" {
		// Text in another encoding than UTF-8: every reader reads it decoded.
		data, err := decodeText(f, in.Size, enc)
		if err != nil {
			res.Status, res.Error = celedger.FileFailed, fmt.Sprintf("%v: %s text that does not decode: %v", celedger.ErrUnreadable, enc, err)
			return res, doc
		}
		res.Notes = append(res.Notes, "text read as "+enc+encodingWhy[enc])
		src, in.Size = bytes.NewReader(data), int64(len(data))
		head = data[:min(len(data), headSize)]
	}
	if len(bytes.TrimSpace(head)) == 0 {
		res.Status, res.Error = celedger.FileSkipped, "empty file"
		return res, doc
	}
	format, ok := Detect(in.Path, head)
	if !ok && IsRoster(in.Path, head) {
		res.Status, res.Format, res.Error = celedger.FileSkipped, RosterFormat, "staff roster: pass it with -roster"
		return res, doc
	}
	if app, unread := unreadWorkbooks[strings.ToLower(filepath.Ext(in.Path))]; !ok && unread {
		// A spreadsheet, never passed over: it fails, with what to do.
		res.Status, res.Error = celedger.FileFailed, fmt.Sprintf("%v: %s workbook, which celedger does not read: save it as .xlsx or CSV", celedger.ErrUnknownFile, app)
		return res, doc
	}
	if !ok {
		res.Status = celedger.FileSkipped
		kind := contentKind(head)
		if promised := extensionKind(in.Path); promised != "" && promised != kind {
			// The name promises a document we read, the content is something
			// else: that is a file we could not read, not one to pass over.
			res.Status = celedger.FileFailed
			kind += ", not " + promised
		}
		res.Error = fmt.Sprintf("%v: %s; no known format claims it (known: %s)", celedger.ErrUnknownFile, kind, Known())
		return res, doc
	}
	res.Format = format.Name
	if promised, kind := extensionKind(in.Path), contentKind(head); promised != "" && promised != kind {
		res.Notes = append(res.Notes, fmt.Sprintf("named like %s but the content is %s; read by its content", promised, kind))
	}
	doc, err = safeParse(format, src, in.Size, in.Path)
	if errors.Is(err, celedger.ErrNoColumn) && isRosterWorkbook(src, in.Size, in.Path) {
		res.Status, res.Format, res.Error = celedger.FileSkipped, RosterFormat, "staff roster: pass it with -roster"
		return res, celedger.Document{}
	}
	if err != nil {
		res.Status, res.Error = celedger.FileFailed, trimPath(err.Error(), in.Path)
		return res, celedger.Document{}
	}
	if doc.Format != "" {
		res.Format = doc.Format
	}
	validText(&doc)
	res.Status = celedger.FileImported
	res.Records = len(doc.Records)
	for _, p := range doc.Problems {
		res.Problems = append(res.Problems, trimPath(p.Error(), in.Path))
	}
	if len(res.Problems) > 0 {
		res.Error = res.Problems[0]
		if n := len(res.Problems) - 1; n > 0 {
			res.Error += fmt.Sprintf(" (and %d more)", n)
		}
	}
	for _, n := range doc.Notes {
		res.Notes = append(res.Notes, trimPath(n, in.Path))
	}
	return res, doc
}

// validText replaces any byte of a document's text that is not UTF-8 with
// U+FFFD, so no output is ever invalid UTF-8 whatever a file held.
func validText(doc *celedger.Document) {
	fix := func(s *string) {
		if !utf8.ValidString(*s) {
			*s = strings.ToValidUTF8(*s, "\uFFFD")
		}
	}
	h := &doc.Holder
	for _, s := range []*string{&h.Name, &h.ID, &h.Email, &h.Credential} {
		fix(s)
	}
	for i := range doc.Records {
		r := &doc.Records[i]
		for _, s := range []*string{&r.Title, &r.Topic, &r.Provider, &r.ActivityID, &r.Type, &r.Presenter, &r.Holder.Name, &r.Holder.ID, &r.Holder.Email, &r.Holder.Credential} {
			fix(s)
		}
	}
	for i := range doc.Notes {
		fix(&doc.Notes[i])
	}
}

// unreadWorkbooks are spreadsheet formats celedger does not read, by
// extension, with the program that writes them.
var unreadWorkbooks = map[string]string{".xlsb": "an Excel binary (.xlsb)", ".numbers": "an Apple Numbers"}

// encodingWhy says how a text encoding was told, for the import log.
var encodingWhy = map[string]string{
	"UTF-16":       " (its byte order mark; Excel's \"Unicode Text\")",
	"Windows-1252": " (the file is not UTF-8; Excel's \"CSV (Comma delimited)\" on Windows)",
}

// trimPath drops the file's own path from the front of a message that
// already stands beside it: "ascp.csv:14: Credits: …" -> "line 14: Credits: …".
func trimPath(msg, path string) string {
	rest, ok := strings.CutPrefix(msg, path)
	if !ok {
		return msg
	}
	switch {
	case strings.HasPrefix(rest, ":"):
		if i := strings.Index(rest[1:], ":"); i > 0 && isLineNumber(rest[1:i+1]) {
			return "line " + rest[1:i+1] + rest[i+1:]
		}
	case strings.HasPrefix(rest, " p."):
		return "page " + strings.TrimPrefix(rest, " p.")
	case strings.HasPrefix(rest, "["):
		// "[Log]:14: Credits: …" -> "sheet Log, line 14: Credits: …"
		sheet, after, ok := strings.Cut(rest[1:], "]")
		if !ok {
			return "sheet " + rest[1:]
		}
		if line, more, ok := strings.Cut(strings.TrimPrefix(after, ":"), ":"); ok && isLineNumber(line) {
			return "sheet " + sheet + ", line " + line + ":" + more
		}
		return "sheet " + sheet + after
	}
	return strings.TrimPrefix(strings.TrimPrefix(rest, ":"), " ")
}

func isLineNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// safeParse runs a parser and turns a panic inside it (or inside a library
// it calls) into an error, so one bad file never stops the batch.
func safeParse(f Format, r io.ReaderAt, size int64, path string) (doc celedger.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc = celedger.Document{}
			err = &celedger.ParseError{Path: path, Err: fmt.Errorf("%w: parser %s failed: %v", celedger.ErrUnreadable, f.Name, p)}
		}
	}()
	return f.Parse(r, size, path)
}

// contentKind names what the first bytes of a file look like, for messages.
func contentKind(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")) && bytes.Contains(head[:min(len(head), 200)], []byte(odsMimetype)):
		return "an OpenDocument spreadsheet"
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "a zip container (XLSX or zip)"
	case bytes.Contains(head[:min(len(head), 1024)], []byte("%PDF-")):
		return "a PDF"
	case bytes.HasPrefix(head, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return "an OLE container (legacy .xls, or a password-protected workbook)"
	case bytes.IndexByte(head, 0) >= 0 || !utf8.Valid(trimPartialRune(bytes.TrimPrefix(head, utf8BOM))):
		return "binary data"
	}
	return "text"
}

// extensionKind is what a file's name promises, in contentKind's words, for
// the extensions of documents celedger reads; "" for any other name.
func extensionKind(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".tsv", ".tab":
		return "text"
	case ".xlsx", ".xlsm":
		return "a zip container (XLSX or zip)"

	case ".pdf":
		return "a PDF"
	}
	return ""
}

// fileKind names what a file that is not a regular file is, for messages.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a folder"
	}
	return "not a regular file"
}

// ReadEvidence reads the bytes of an input file by the path the ledger's
// sources give it: a file on disk, or a zip member
// ("staff.zip!/jane/cert.pdf", copied out of its archive, never
// extracted to disk). The limits apply as when the file was read
// (Limit.MaxFileSize, the zip member limits).
func ReadEvidence(path string) ([]byte, error) {
	archive, _, inZip := strings.Cut(path, "!/")
	if !inZip {
		return readRegular(path)
	}
	ins, bad := Discover([]string{archive})
	for _, b := range bad {
		if b.Path == path {
			return nil, fmt.Errorf("%s: %s", path, b.Error)
		}
	}
	var data []byte
	err := fmt.Errorf("%s: not found in %s", path, archive)
	for _, in := range ins {
		if in.Path != filepath.ToSlash(path) || data != nil {
			in.done() // every member lets its archive go
			continue
		}
		loaded, res, ok := Load(in)
		if !ok {
			err = fmt.Errorf("%s: %s", path, res.Error)
			continue
		}
		data, err = loaded.Data(), nil
	}
	return data, err
}
