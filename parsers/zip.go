package parsers

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"celedger"
)

// A .zip archive is read in place, never extracted to disk: each member
// becomes an Input whose Path joins the archive and the member with "!/":
//
//	staff.zip                 -> staff.zip!/jane/ascp.csv, staff.zip!/raj/cert.pdf
//	staff.zip!/more.zip       -> staff.zip!/more.zip!/lee/labce.csv
//
// Parsers need an io.ReaderAt, which a compressed member is not, so a
// member is read into memory when its Input is opened — through an
// io.LimitReader of Limit.MaxUnzipped+1 bytes, whatever size its header
// declares, so a zip bomb stops at the limit and fails that member with
// ErrTooLarge.
//
// The cost is linear in the number of members. An archive's directory is
// read once, when it is listed; each member keeps its entry and is opened
// by it, so two members with the same name are two inputs (the second
// shown as "name (2).csv"). The archive's content stays open from its
// first member's read to its last, then is let go: a nested archive is
// inflated once to be listed and once more to be read, never once per
// member. Memory holds one nested archive at a time per reader, and each
// member while it is read.

func isZipName(name string) bool { return strings.EqualFold(filepath.Ext(name), ".zip") }

// memberReader is a zip member in memory; Size lets Read use the true size.
type memberReader struct{ *bytes.Reader }

func (memberReader) Close() error { return nil }

// archiveOpener opens an archive (a file on disk, or a member of an outer
// archive) and gives its size.
type archiveOpener func() (readerAtCloser, int64, error)

// lazyAt is an archive's content, opened when a member is read and closed
// when its last member is done. The zip directory read at listing time
// reads through it, so the directory is never read again.
type lazyAt struct {
	mu     sync.Mutex
	open   archiveOpener
	ra     readerAtCloser
	users  int     // the listing, members and nested archives not done yet
	parent *lazyAt // the archive this one is a member of, or nil
}

func (l *lazyAt) ReadAt(p []byte, off int64) (int, error) {
	l.mu.Lock()
	if l.ra == nil {
		archiveOpens.Add(1)
		ra, _, err := l.open()
		if err != nil {
			l.mu.Unlock()
			return 0, err
		}
		l.ra = ra
	}
	ra := l.ra
	l.mu.Unlock()
	return ra.ReadAt(p, off)
}

// drop lets the content go until a member needs it again.
func (l *lazyAt) drop() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ra != nil {
		l.ra.Close()
		l.ra = nil
	}
}

// done marks one member done; after the last, the content is let go and
// the outer archive is told.
func (l *lazyAt) done() {
	l.mu.Lock()
	l.users--
	last := l.users == 0
	l.mu.Unlock()
	if last {
		l.drop()
		if l.parent != nil {
			l.parent.done()
		}
	}
}

// archiveOpens counts how often an archive's content was opened again
// after its listing, for the tests that check it happens once.
var archiveOpens atomic.Int64

// zipWalk gathers the inputs of one archive and its nested archives.
type zipWalk struct {
	ins []Input
	bad []celedger.FileResult
}

func (z *zipWalk) fail(p string, err error) {
	z.bad = append(z.bad, celedger.FileResult{Path: p, Format: "zip", Status: celedger.FileFailed, Error: err.Error()})
}

// walk lists the members of the archive at display path p (depth 1 for an
// archive on disk; parent is the archive holding it, nil on disk). It
// reports whether the archive could be listed.
func (z *zipWalk) walk(p string, open archiveOpener, depth int, parent *lazyAt) bool {
	ra, size, err := open()
	if err != nil {
		z.fail(p, errors.New(pathError(err)))
		return false
	}
	// The listing holds one use of the content until it ends; each member
	// holds one more until it is read.
	content := &lazyAt{open: open, ra: ra, parent: parent, users: 1}
	zr, err := zip.NewReader(content, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		content.drop()
		z.fail(p, fmt.Errorf("%w: not a readable zip archive: %v", celedger.ErrUnreadable, err))
		return false
	}
	defer content.done()
	defer content.drop() // until a member is read
	type member struct {
		f    *zip.File
		name string
	}
	var members []member
	for _, f := range zr.File {
		name := strings.TrimPrefix(path.Clean("/"+strings.ReplaceAll(f.Name, `\`, "/")), "/")
		if f.FileInfo().IsDir() {
			continue
		}
		if why := hiddenMember(name); why != "" {
			z.bad = append(z.bad, celedger.FileResult{Path: p + "!/" + name, Status: celedger.FileSkipped, Error: why + ": not read"})
			continue
		}
		members = append(members, member{f, name})
	}
	// Two members may carry the same name: each is read, the second
	// shown as "name (2).ext".
	taken := map[string]bool{}
	for _, m := range members {
		taken[m.name] = true
	}
	seen := map[string]int{}
	for i, m := range members {
		if seen[m.name]++; seen[m.name] == 1 {
			continue
		}
		ext := path.Ext(m.name)
		for k := seen[m.name]; ; k++ {
			alt := fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(m.name, ext), k, ext)
			if !taken[alt] {
				members[i].name, taken[alt] = alt, true
				break
			}
		}
	}
	sort.SliceStable(members, func(i, j int) bool { return members[i].name < members[j].name })
	for _, m := range members {
		mp := p + "!/" + m.name
		f := m.f
		if isZipName(m.name) {
			if depth >= Limit.MaxZipDepth {
				z.fail(mp, fmt.Errorf("%w: zip nested more than %d deep: not read (raise it with -max-zip-depth)", celedger.ErrTooLarge, Limit.MaxZipDepth))
				continue
			}
			content.users++
			inner := func() (readerAtCloser, int64, error) {
				r, err := readMember(f)
				if err != nil {
					return nil, 0, err
				}
				return r, r.Size(), nil
			}
			if !z.walk(mp, inner, depth+1, content) {
				content.users--
			}
			continue
		}
		content.users++
		z.ins = append(z.ins, Input{Path: mp, Size: int64(f.UncompressedSize64), release: content.done, open: func() (readerAtCloser, error) {
			r, err := readMember(f)
			if err != nil {
				return nil, err
			}
			return r, nil
		}})
	}
	return true
}

// hiddenMember says why a member is passed over, as Discover passes over
// hidden files, or "": any path segment starting with "." and macOS
// "__MACOSX" folders.
func hiddenMember(name string) string {
	for _, seg := range strings.Split(name, "/") {
		switch {
		case seg == "__MACOSX":
			return "macOS metadata (__MACOSX)"
		case strings.HasPrefix(seg, "."):
			return "hidden file"
		}
	}
	return ""
}

func readMember(f *zip.File) (memberReader, error) {
	tooLarge := fmt.Errorf("%w: uncompressed size over %d MiB", celedger.ErrTooLarge, Limit.MaxUnzipped>>20)
	if f.UncompressedSize64 > uint64(Limit.MaxUnzipped) {
		return memberReader{}, tooLarge
	}
	if err := inflationCheck(&zip.Reader{File: []*zip.File{f}}); err != nil {
		return memberReader{}, err
	}
	rc, err := f.Open()
	if err != nil {
		return memberReader{}, fmt.Errorf("%w: %v", celedger.ErrUnreadable, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, Limit.MaxUnzipped+1))
	if int64(len(data)) > Limit.MaxUnzipped {
		return memberReader{}, tooLarge
	}
	// archive/zip stops a member that inflates past its declared size with
	// ErrFormat: a bomb that lies about its size is refused as too large.
	if errors.Is(err, zip.ErrFormat) {
		return memberReader{}, fmt.Errorf("%w: inflates past the %d bytes its header declares", celedger.ErrTooLarge, f.UncompressedSize64)
	}
	if err != nil {
		return memberReader{}, fmt.Errorf("%w: %v", celedger.ErrUnreadable, err)
	}
	return memberReader{bytes.NewReader(data)}, nil
}

// Inflation. A zip member that inflates far beyond its compressed size (a
// 99 KB workbook whose sheet unzips to 100 MB of one cell) is built to
// exhaust memory; no CE document compresses like that. A member over
// minInflated bytes that inflates more than maxInflation times is refused
// before anything reads it.
const (
	minInflated  = 8 << 20
	maxInflation = 100
)

// inflationCheck refuses an archive with such a member, naming it.
func inflationCheck(zr *zip.Reader) error {
	for _, f := range zr.File {
		u, c := f.UncompressedSize64, max(f.CompressedSize64, 1)
		if u > minInflated && u > maxInflation*c {
			return fmt.Errorf("%w: %s inflates about %d× (%d MiB from %d KiB): a file built to exhaust memory, not read",
				celedger.ErrTooLarge, f.Name, u/c, u>>20, max(c>>10, 1))
		}
	}
	return nil
}
