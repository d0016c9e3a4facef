package parsers

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Text encodings. Excel saves "Unicode Text" as UTF-16 with a byte order
// mark and "CSV (Comma delimited)" in the Windows code page (1252 in the
// Americas and Western Europe); everything else writes UTF-8. The readers
// read UTF-8, so a text file in another encoding is decoded first, as a
// whole (golang.org/x/text): UTF-16 by its byte order mark, Windows-1252
// when the file's bytes, all of them, are not UTF-8 and hold no NUL.

// textCheck watches a file's bytes as they stream past (io.Writer): whether
// they are all UTF-8, and whether any is NUL.
type textCheck struct {
	carry   [utf8.UTFMax]byte // the start of a rune cut by the last write
	n       int
	invalid bool
	nul     bool
}

func (c *textCheck) Write(p []byte) (int, error) {
	if !c.nul && bytes.IndexByte(p, 0) >= 0 {
		c.nul = true
	}
	if c.invalid {
		return len(p), nil
	}
	q := p
	if c.n > 0 {
		// Finish the rune the last write cut.
		need := utf8.UTFMax - c.n
		k := copy(c.carry[c.n:], q[:min(need, len(q))])
		r, size := utf8.DecodeRune(c.carry[:c.n+k])
		if r == utf8.RuneError && size <= 1 {
			if c.n+k < utf8.UTFMax && !utf8.FullRune(c.carry[:c.n+k]) {
				c.n += k // still cut: wait for more
				return len(p), nil
			}
			c.invalid = true
			return len(p), nil
		}
		q = q[size-c.n:]
		c.n = 0
	}
	whole := trimPartialRune(q)
	if !utf8.Valid(whole) {
		c.invalid = true
		return len(p), nil
	}
	c.n = copy(c.carry[:], q[len(whole):])
	return len(p), nil
}

// utf8 reports whether every byte written was UTF-8 (a rune cut at the end
// is not).
func (c *textCheck) utf8() bool { return !c.invalid && c.n == 0 }

// textEncoding names how a text file is encoded, from its head and what
// textCheck saw of all its bytes: "UTF-16" (a byte order mark),
// "Windows-1252" (not UTF-8, no NUL), or "" for UTF-8 and for files that
// are not text (zip, PDF, OLE, binary).
func textEncoding(head []byte, c *textCheck) string {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return "UTF-16"
	case c.utf8() || c.nul || bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte{0xD0, 0xCF, 0x11, 0xE0}) ||
		bytes.Contains(head[:min(len(head), pdfMagicScan)], []byte("%PDF-")):
		return ""
	}
	return "Windows-1252"
}

// decodeText reads a whole file of encoding enc (textEncoding) as UTF-8.
func decodeText(r io.ReaderAt, size int64, enc string) ([]byte, error) {
	data := make([]byte, size)
	if _, err := r.ReadAt(data, 0); err != nil && err != io.EOF {
		return nil, err
	}
	switch enc {
	case "UTF-16":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(data)
	case "Windows-1252":
		return charmap.Windows1252.NewDecoder().Bytes(data)
	}
	return nil, fmt.Errorf("no decoder for %s", enc)
}

// asUTF8 is data (a whole text file already in memory) as UTF-8, and the
// encoding it was decoded from ("" when it was UTF-8, or not text).
func asUTF8(data []byte) ([]byte, string) {
	var c textCheck
	c.Write(data)
	enc := textEncoding(data[:min(len(data), headSize)], &c)
	if enc == "" {
		return data, ""
	}
	out, err := decodeText(bytes.NewReader(data), int64(len(data)), enc)
	if err != nil {
		return data, ""
	}
	return out, enc
}
