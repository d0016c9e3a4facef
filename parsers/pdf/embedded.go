package pdf

import (
	"bytes"
	"strconv"

	"golang.org/x/image/font/sfnt"
)

// The embedded font program, as the last source of a glyph's text when
// neither the ToUnicode CMap nor the encoding gives one (as poppler does):
// a ligature glyph left out of a subset font's CMap, a CID font without a
// CMap. TrueType and OpenType programs (/FontFile2, /FontFile3 with
// /Subtype /OpenType) are read with golang.org/x/image/font/sfnt: a code
// becomes a glyph index (CIDs through /CIDToGIDMap; simple codes through
// the font's own cmap), and the glyph's text is its name in the post
// table ("fi", "f_f_i", "uni00E9") or, failing that, the character the
// font's Unicode cmap maps to it.
//
// BUG: bare CFF (/FontFile3 /Type1C) and Type1 (/FontFile) programs are
// not read: their glyph names stay unknown unless /Differences gives them.

type embeddedFont struct {
	f        *file
	stream   *Stream // the font program, decoded on first need
	cidMap   *Stream
	program  []byte
	simple   bool
	cidToGID []byte // two bytes per CID; nil for Identity
	parsed   bool
	font     *sfnt.Font
	buf      sfnt.Buffer
	byGlyph  map[sfnt.GlyphIndex]rune // the Unicode cmap reversed, built on first need
	cache    map[uint32]string
}

// embeddedFor returns the font program of a descriptor, not yet parsed;
// nil when there is none sfnt can read.
func (f *file) embeddedFor(desc Dict, fontDict Dict, simple bool) *embeddedFont {
	if desc == nil {
		return nil
	}
	s, ok := f.resolve(desc[Name("FontFile2")]).(*Stream)
	if !ok {
		s3, ok3 := f.resolve(desc[Name("FontFile3")]).(*Stream)
		if !ok3 || s3.Dict[Name("Subtype")] != Name("OpenType") {
			return nil
		}
		s = s3
	}
	e := &embeddedFont{f: f, stream: s, simple: simple, cache: map[uint32]string{}}
	if !simple {
		e.cidMap, _ = f.resolve(fontDict[Name("CIDToGIDMap")]).(*Stream)
	}
	return e
}

// text returns the text of code by the font program.
func (e *embeddedFont) text(code uint32) (string, bool) {
	if s, ok := e.cache[code]; ok {
		return s, s != ""
	}
	s := e.lookup(code)
	e.cache[code] = s
	return s, s != ""
}

func (e *embeddedFont) lookup(code uint32) (s string) {
	defer func() {
		if recover() != nil {
			s = ""
		}
	}()
	if !e.parsed {
		e.parsed = true
		if b, err := e.f.decode(e.stream, e.stream.Dict); err == nil {
			e.program = b
		}
		if e.cidMap != nil {
			if b, err := e.f.decode(e.cidMap, e.cidMap.Dict); err == nil {
				e.cidToGID = b
			}
		}
		if len(e.program) > 0 {
			e.font, _ = sfnt.Parse(e.program)
		}
	}
	if e.font == nil {
		return ""
	}
	var gid sfnt.GlyphIndex
	switch {
	case !e.simple && e.cidToGID == nil:
		gid = sfnt.GlyphIndex(code)
	case !e.simple:
		if i := int(code) * 2; i+1 < len(e.cidToGID) {
			gid = sfnt.GlyphIndex(int(e.cidToGID[i])<<8 | int(e.cidToGID[i+1]))
		}
	default:
		// A symbolic TrueType font maps its codes at U+F000 + code; a
		// non-symbolic one at the code itself.
		for _, r := range []rune{0xF000 + rune(code), rune(code)} {
			if g, err := e.font.GlyphIndex(&e.buf, r); err == nil && g != 0 {
				gid = g
				break
			}
		}
	}
	if gid == 0 {
		return ""
	}
	if name, err := e.font.GlyphName(&e.buf, gid); err == nil && name != "" {
		if t := glyphText(name, false); t != "" {
			if t == "\u00AD" {
				t = "-" // a drawn soft hyphen is a hyphen
			}
			return t
		}
	}
	if e.byGlyph == nil {
		e.byGlyph = map[sfnt.GlyphIndex]rune{}
		for r := rune(0x20); r < 0x10000; r++ {
			if r >= 0xD800 && r < 0xE000 || r >= 0xE000 && r < 0xF900 {
				continue
			}
			if g, err := e.font.GlyphIndex(&e.buf, r); err == nil && g != 0 {
				if _, seen := e.byGlyph[g]; !seen {
					e.byGlyph[g] = r
				}
			}
		}
	}
	if r, ok := e.byGlyph[gid]; ok {
		return string(r)
	}
	return ""
}

// builtinEncoding reads the built-in encoding of an embedded Type1 font
// program (/FontFile): the "dup 32 /space put" entries of its clear-text
// part, which a simple font without /Encoding, or whose /Encoding only
// lists /Differences, starts from. It returns nil when the program has
// none or says StandardEncoding.
func (f *file) builtinEncoding(desc Dict) *encoding {
	s, ok := f.resolve(desc[Name("FontFile")]).(*Stream)
	if !ok {
		return nil
	}
	b, err := f.decode(s, s.Dict)
	if err != nil {
		return nil
	}
	if n, ok := f.resolve(s.Dict[Name("Length1")]).(int64); ok && n > 0 && int(n) < len(b) {
		b = b[:n]
	}
	if len(b) > 6 && b[0] == 0x80 && b[1] == 1 { // a PFB segment header
		b = b[6:]
	}
	i := bytes.Index(b, []byte("/Encoding"))
	if i < 0 || bytes.HasPrefix(bytes.TrimLeft(b[i+len("/Encoding"):], " \r\n\t"), []byte("StandardEncoding")) {
		return nil
	}
	var e encoding
	found := false
	rest := b[i:]
	if end := bytes.Index(rest, []byte("readonly def")); end > 0 {
		rest = rest[:end]
	} else if end := bytes.Index(rest, []byte("currentdict end")); end > 0 {
		rest = rest[:end]
	}
	for _, line := range bytes.Split(rest, []byte("dup ")) {
		f := bytes.Fields(line)
		if len(f) < 3 || string(f[2]) != "put" || len(f[1]) < 2 || f[1][0] != '/' {
			continue
		}
		code, err := strconv.Atoi(string(f[0]))
		if err != nil || code < 0 || code > 255 {
			continue
		}
		e[code] = glyphText(string(f[1][1:]), false)
		found = true
	}
	if !found {
		return nil
	}
	return &e
}
