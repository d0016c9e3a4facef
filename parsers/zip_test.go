package parsers

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"os"
	"path/filepath"
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
	for _, name := range sortedKeys(files) {
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

func sortedKeys(m map[string][]byte) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
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
	if len(bad) != 1 || !strings.HasSuffix(bad[0].Path, "staff.zip!/more.zip!/deeper.zip") || !strings.Contains(bad[0].Error, "nested more than 2") {
		t.Errorf("bad = %+v, want the 3rd-level zip failed", bad)
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
