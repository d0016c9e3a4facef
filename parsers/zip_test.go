package parsers

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"celedger"
)

const zipTranscript = "LabCE Course History\nLearner: Jane Roe\nCourse Name,Completed On,Credits\nBlood Bank Antibody Identification,\"Mar 3, 2025\",1.5 contact hours\n"

// makeZip builds an archive of name -> content in memory.
func makeZip(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(files[name])
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// bombZip holds one member of n zero bytes whose header declares 10 bytes.
func bombZip(t *testing.T, n int) []byte {
	t.Helper()
	var raw bytes.Buffer
	fw, _ := flate.NewWriter(&raw, flate.BestCompression)
	fw.Write(make([]byte, n))
	fw.Close()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	hdr := &zip.FileHeader{Name: "bomb.csv", Method: zip.Deflate, CompressedSize64: uint64(raw.Len()), UncompressedSize64: 10}
	f, err := w.CreateRaw(hdr)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(raw.Bytes())
	w.Close()
	return buf.Bytes()
}

func TestDiscoverZip(t *testing.T) {
	dir := t.TempDir()
	deepest := makeZip(t, map[string][]byte{"x.csv": []byte(zipTranscript)})
	inner := makeZip(t, map[string][]byte{"lee/labce.csv": []byte(zipTranscript), "deeper.zip": deepest})
	outer := makeZip(t, map[string][]byte{
		"jane/labce.csv":        []byte(zipTranscript),
		"__MACOSX/jane/._x.csv": []byte("junk"),
		"more.zip":              inner,
		"jane/notes/.DS_Store":  []byte("junk"),
		"big/huge.csv":          bytes.Repeat([]byte("a"), 4096),
	})
	os.WriteFile(filepath.Join(dir, "staff.zip"), outer, 0o644)
	defer func(old Limits) { Limit = old }(Limit)
	Limit.MaxUnzipped = 1024

	ins, bad := Discover([]string{dir})
	var got []string
	for _, in := range ins {
		got = append(got, strings.TrimPrefix(in.Path, filepath.ToSlash(dir)+"/"))
	}
	want := []string{"staff.zip!/big/huge.csv", "staff.zip!/jane/labce.csv", "staff.zip!/more.zip!/lee/labce.csv"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("inputs = %q, want %q", got, want)
	}
	var listed []string
	for _, b := range bad {
		listed = append(listed, fmt.Sprintf("%s %s: %s", strings.TrimPrefix(b.Path, filepath.ToSlash(dir)+"/"), b.Status, b.Error))
	}
	wantListed := []string{
		"staff.zip!/__MACOSX/jane/._x.csv skipped: macOS metadata (__MACOSX): not read",
		"staff.zip!/jane/notes/.DS_Store skipped: hidden file: not read",
		"staff.zip!/more.zip!/deeper.zip failed: over the limit: zip nested more than 2 deep: not read (raise it with -max-zip-depth)",
	}
	if strings.Join(listed, "\n") != strings.Join(wantListed, "\n") {
		t.Errorf("not read:\n%s\nwant\n%s", strings.Join(listed, "\n"), strings.Join(wantListed, "\n"))
	}
	for _, in := range ins {
		res, doc := Read(in)
		switch {
		case strings.HasSuffix(in.Path, "huge.csv"):
			if res.Status != celedger.FileFailed || !strings.Contains(res.Error, "over the limit") {
				t.Errorf("%s: %+v, want failed over the limit", in.Path, res)
			}
		default:
			if res.Status != celedger.FileImported || len(doc.Records) != 1 || doc.Records[0].Source.Path != in.Path {
				t.Errorf("%s: %+v %+v, want 1 record sourced in the member", in.Path, res, doc.Records)
			}
		}
	}
}

func TestZipBomb(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bomb.zip")
	os.WriteFile(p, bombZip(t, 8<<20), 0o644)
	defer func(old Limits) { Limit = old }(Limit)
	Limit.MaxUnzipped = 1 << 20
	ins, bad := Discover([]string{p})
	if len(bad) != 0 || len(ins) != 1 {
		t.Fatalf("ins %v bad %v", ins, bad)
	}
	_, err := ins[0].open()
	if !errors.Is(err, celedger.ErrTooLarge) {
		t.Errorf("open bomb: %v, want ErrTooLarge", err)
	}
	// Declared small but within the limit: still refused, it lies.
	Limit.MaxUnzipped = 64 << 20
	_, err = ins[0].open()
	if !errors.Is(err, celedger.ErrTooLarge) || !strings.Contains(err.Error(), "declares") {
		t.Errorf("open lying member: %v, want ErrTooLarge (declares)", err)
	}
	res, _ := Read(ins[0])
	if res.Status != celedger.FileFailed {
		t.Errorf("Read bomb: %+v", res)
	}
}

func TestDiscoverBadZip(t *testing.T) {
	p := filepath.Join(t.TempDir(), "broken.zip")
	os.WriteFile(p, []byte("PK not really"), 0o644)
	ins, bad := Discover([]string{p})
	if len(ins) != 0 || len(bad) != 1 || bad[0].Status != celedger.FileFailed || !strings.Contains(bad[0].Error, "not a readable zip") {
		t.Errorf("ins %v bad %+v", ins, bad)
	}
}

// TestZipSameNames: two members with the same name are both read, the
// second shown as "name (2).ext".
func TestZipSameNames(t *testing.T) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, who := range []string{"First Person", "Second Person", "Third Person"} {
		f, _ := w.Create("cert.csv")
		f.Write([]byte(strings.Replace(zipTranscript, "Jane Roe", who, 1)))
	}
	f, _ := w.Create("cert (2).csv") // a real member that already has the name a copy would get
	f.Write([]byte(strings.Replace(zipTranscript, "Jane Roe", "Fourth Person", 1)))
	w.Close()
	p := filepath.Join(t.TempDir(), "d.zip")
	os.WriteFile(p, buf.Bytes(), 0o644)
	ins, bad := Discover([]string{p})
	if len(bad) != 0 {
		t.Fatalf("bad %+v", bad)
	}
	got := map[string]string{}
	for _, in := range ins {
		_, doc := Read(in)
		if len(doc.Records) != 1 {
			t.Fatalf("%s: %d records", in.Path, len(doc.Records))
		}
		got[strings.TrimPrefix(in.Path, filepath.ToSlash(p))] = doc.Records[0].Holder.Name
	}
	want := map[string]string{"!/cert.csv": "First Person", "!/cert (3).csv": "Second Person", "!/cert (4).csv": "Third Person", "!/cert (2).csv": "Fourth Person"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("members = %v, want %v", got, want)
	}
}

// TestZipOpenedOnce: reading every member of an archive and of an archive
// nested in it opens each archive's content once after listing — not once
// per member, which made large archives quadratic.
func TestZipOpenedOnce(t *testing.T) {
	files := map[string][]byte{}
	for i := range 300 {
		files[fmt.Sprintf("p%03d/labce.csv", i)] = []byte(zipTranscript)
	}
	inner := makeZip(t, files)
	files["inner.zip"] = inner
	p := filepath.Join(t.TempDir(), "staff.zip")
	os.WriteFile(p, makeZip(t, files), 0o644)
	ins, bad := Discover([]string{p})
	if len(bad) != 0 || len(ins) != 600 {
		t.Fatalf("%d inputs, bad %+v", len(ins), bad)
	}
	before := archiveOpens.Load()
	ReadAll(ins, 1, func(r Result) {
		if r.File.Status != celedger.FileImported {
			t.Errorf("%s: %s %s", r.File.Path, r.File.Status, r.File.Error)
		}
	}, nil)
	if n := archiveOpens.Load() - before; n != 2 {
		t.Errorf("archive content opened %d times for 600 members, want 2 (the archive and the nested one)", n)
	}
}

// TestInflationRefused: a member that inflates hundreds of times beyond
// its compressed size (a workbook with one giant cell) is refused before
// it is read, naming it.
func TestInflationRefused(t *testing.T) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	fw, _ := w.Create("xl/worksheets/sheet1.xml")
	fw.Write(bytes.Repeat([]byte("Z"), 20<<20))
	w.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if err := inflationCheck(zr); err == nil || !strings.Contains(err.Error(), "xl/worksheets/sheet1.xml inflates about") {
		t.Errorf("inflationCheck = %v", err)
	}
}

// TestReadEvidence copies a zip member's bytes out of its archive, and
// reads a file on disk, for the audit packet.
func TestReadEvidence(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("jane/cert.csv")
	w.Write([]byte("member bytes"))
	zw.Close()
	archive := filepath.Join(dir, "staff.zip")
	os.WriteFile(archive, buf.Bytes(), 0o644)
	if got, err := ReadEvidence(archive + "!/jane/cert.csv"); err != nil || string(got) != "member bytes" {
		t.Errorf("member: %q, %v", got, err)
	}
	if _, err := ReadEvidence(archive + "!/nobody.csv"); err == nil {
		t.Error("a member that is not there: no error")
	}
	if got, err := ReadEvidence(archive); err != nil || !bytes.Equal(got, buf.Bytes()) {
		t.Errorf("file on disk: %v", err)
	}
}
