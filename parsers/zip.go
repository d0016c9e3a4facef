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
// ErrTooLarge. Memory use is bounded by one member (two for a member of a
// nested archive: the archive and the member) at a time.

func isZipName(name string) bool { return strings.EqualFold(filepath.Ext(name), ".zip") }

// memberReader is a zip member in memory; Size lets Read use the true size.
type memberReader struct{ *bytes.Reader }

func (memberReader) Close() error { return nil }

// archiveOpener opens an archive (a file on disk, or a member of an outer
// archive) and gives its size.
type archiveOpener func() (readerAtCloser, int64, error)

// zipWalk gathers the inputs of one archive and its nested archives.
type zipWalk struct {
	ins []Input
	bad []celedger.FileResult
}

func (z *zipWalk) fail(p string, err error) {
	z.bad = append(z.bad, celedger.FileResult{Path: p, Format: "zip", Status: celedger.FileFailed, Error: err.Error()})
}

// walk lists the members of the archive at display path p (depth 1 for an
// archive on disk).
func (z *zipWalk) walk(p string, open archiveOpener, depth int) {
	ra, size, err := open()
	if err != nil {
		z.fail(p, errors.New(pathError(err)))
		return
	}
	defer ra.Close()
	zr, err := zip.NewReader(ra, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		z.fail(p, fmt.Errorf("%w: not a readable zip archive: %v", celedger.ErrUnreadable, err))
		return
	}
	files := append([]*zip.File(nil), zr.File...)
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	for _, f := range files {
		name := strings.TrimPrefix(path.Clean("/"+strings.ReplaceAll(f.Name, `\`, "/")), "/")
		if f.FileInfo().IsDir() || hiddenMember(name) {
			continue
		}
		mp := p + "!/" + name
		member := memberOpener(open, f.Name)
		if isZipName(name) {
			if depth >= Limit.MaxZipDepth {
				z.fail(mp, fmt.Errorf("%w: zip nested more than %d deep: not read (raise it with -max-zip-depth)", celedger.ErrTooLarge, Limit.MaxZipDepth))
				continue
			}
			z.walk(mp, func() (readerAtCloser, int64, error) {
				r, err := member()
				if err != nil {
					return nil, 0, err
				}
				return r, r.Size(), nil
			}, depth+1)
			continue
		}
		z.ins = append(z.ins, Input{Path: mp, Size: int64(f.UncompressedSize64), open: func() (readerAtCloser, error) {
			r, err := member()
			if err != nil {
				return nil, err
			}
			return r, nil
		}})
	}
}

// hiddenMember reports members to pass over, as Discover passes over hidden
// files: any path segment starting with "." and macOS "__MACOSX" folders.
func hiddenMember(name string) bool {
	for _, seg := range strings.Split(name, "/") {
		if strings.HasPrefix(seg, ".") || seg == "__MACOSX" {
			return true
		}
	}
	return false
}

// memberOpener returns a function that reopens the archive and reads the
// named member into memory, at most Limit.MaxUnzipped bytes.
func memberOpener(archive archiveOpener, name string) func() (memberReader, error) {
	return func() (memberReader, error) {
		ra, size, err := archive()
		if err != nil {
			return memberReader{}, err
		}
		defer ra.Close()
		zr, err := zip.NewReader(ra, size)
		if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
			return memberReader{}, fmt.Errorf("%w: %v", celedger.ErrUnreadable, err)
		}
		for _, f := range zr.File {
			if f.Name == name {
				return readMember(f)
			}
		}
		return memberReader{}, fmt.Errorf("%w: member %s not found", celedger.ErrUnreadable, name)
	}
}

func readMember(f *zip.File) (memberReader, error) {
	tooLarge := fmt.Errorf("%w: uncompressed size over %d MiB", celedger.ErrTooLarge, Limit.MaxUnzipped>>20)
	if f.UncompressedSize64 > uint64(Limit.MaxUnzipped) {
		return memberReader{}, tooLarge
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
