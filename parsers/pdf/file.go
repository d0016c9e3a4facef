package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/filter"
)

// A file is a parsed PDF: its cross-reference table (where each object
// lies), its trailer, and a cache of the objects read so far, so each
// object is parsed once per document however often pages name it.
//
// The cross-reference table is read from the end of the file (classic
// tables, cross-reference streams, /Prev chains, hybrid /XRefStm). When it
// is missing, damaged, or points at the wrong bytes, the table is rebuilt
// by scanning the file for "N G obj", as every viewer does. Every number
// a file declares is checked against the file's length before anything is
// sized from it, and every chain (/Prev, object streams inside object
// streams, references to references) is walked with a visited set.
type file struct {
	data    []byte
	xref    map[uint32]xrefEntry
	trailer Dict
	rebuilt bool // the table was rebuilt by scanning

	cache     map[uint32]Object
	resolving map[uint32]bool
	objStms   map[uint32]map[uint32]Object // decoded object streams: id → objects
	fonts     map[Ref]*font
	budget    int64 // decoded stream bytes this file may still produce
	problems  []string
	glyphBuf  []glyph // reused from page to page
	itemBuf   []item
}

// xrefEntry says where an object lies: at an offset of the file, or as
// the index-th object of object stream stm.
type xrefEntry struct {
	offset int
	gen    uint16
	stm    uint32
	index  int
	inStm  bool
}

// Limits for one file, so a hostile file costs no more than a real one.
const (
	maxDecoded     = 256 << 20 // decoded stream bytes per file
	maxStreamBytes = 64 << 20  // decoded bytes of one stream
	maxXrefWidth   = 8         // bytes of one field of a cross-reference stream entry
	maxRefChain    = 32        // references to references followed
)

// maxObjects is the most objects a file of n bytes can hold: even
// compressed in object streams, an object costs a couple of bytes.
func maxObjects(n int) int { return n/2 + 1024 }

// maxObjectNumber is the largest object number a PDF may use (ISO
// 32000-1, Annex C). Numbers may be sparse: a page saved out of a larger
// document keeps its objects' numbers, so a 15 KB file can hold object
// 10962; what is bounded by the file's size is how many objects it holds.
const maxObjectNumber = 8_388_607

// errDamaged is wrapped by every error about a file's structure.
var errDamaged = errors.New("damaged PDF")

func damaged(format string, args ...any) error { return failf(errDamaged, format, args...) }

// openFile reads the cross-reference table and trailer of data.
func openFile(data []byte) (*file, error) {
	f := &file{data: data, cache: map[uint32]Object{}, resolving: map[uint32]bool{},
		objStms: map[uint32]map[uint32]Object{}, fonts: map[Ref]*font{}, budget: maxDecoded}
	if err := f.readXref(); err != nil || f.trailer == nil || f.root() == nil {
		if rerr := f.rebuildXref(); rerr != nil {
			if err != nil {
				return nil, err
			}
			return nil, rerr
		}
	}
	return f, nil
}

func (f *file) root() Dict {
	d, _ := f.resolve(f.trailer[Name("Root")]).(Dict)
	return d
}

// readXref reads the table from the last startxref, following /Prev.
func (f *file) readXref() error {
	k := bytes.LastIndex(f.data, []byte("startxref"))
	if k < 0 {
		return damaged("no startxref")
	}
	p := &objParser{b: f.data, i: k + len("startxref")}
	p.skip()
	off, ok := p.uint()
	if !ok || int(off) >= len(f.data) {
		return damaged("startxref points outside the file")
	}
	f.xref = map[uint32]xrefEntry{}
	seen := map[int]bool{}
	at := int(off)
	for range 256 {
		if seen[at] {
			break // a /Prev loop
		}
		seen[at] = true
		trailer, err := f.readXrefSection(at)
		if err != nil {
			return err
		}
		if f.trailer == nil {
			f.trailer = trailer
		}
		if x, ok := trailer[Name("XRefStm")].(int64); ok && x > 0 && int(x) < len(f.data) && !seen[int(x)] {
			seen[int(x)] = true
			if _, err := f.readXrefSection(int(x)); err != nil {
				return err
			}
		}
		prev, ok := trailer[Name("Prev")].(int64)
		if !ok || prev <= 0 || int(prev) >= len(f.data) {
			break
		}
		at = int(prev)
	}
	return nil
}

// readXrefSection reads one classic table or cross-reference stream at
// offset at, adding entries not already known (later sections win), and
// returns its trailer dictionary.
func (f *file) readXrefSection(at int) (Dict, error) {
	p := &objParser{b: f.data, i: at}
	p.skip()
	if bytes.HasPrefix(f.data[p.i:], []byte("xref")) {
		p.i += len("xref")
		return f.readXrefTable(p)
	}
	_, o, ok := objectAt(f.data, at)
	s, isStream := o.(*Stream)
	if !ok || !isStream || s.Dict[Name("Type")] != Name("XRef") {
		return nil, damaged("startxref does not point at a cross-reference table")
	}
	return s.Dict, f.readXrefStream(s)
}

func (f *file) readXrefTable(p *objParser) (Dict, error) {
	limit := maxObjects(len(f.data))
	for {
		p.skip()
		if bytes.HasPrefix(f.data[p.i:], []byte("trailer")) {
			p.i += len("trailer")
			o, _ := p.next(0)
			d, _ := o.(Dict)
			if d == nil {
				return nil, damaged("cross-reference table without a trailer")
			}
			return d, nil
		}
		start, ok1 := p.uint()
		p.skip()
		count, ok2 := p.uint()
		if !ok1 || !ok2 {
			return nil, damaged("unreadable cross-reference table")
		}
		if count > int64(limit) || start+count > maxObjectNumber+1 {
			return nil, damaged("its cross-reference table declares objects %d to %d in %d bytes", start, start+count-1, len(f.data))
		}
		for n := range count {
			p.skip()
			off, ok1 := p.uint()
			p.skip()
			gen, ok2 := p.uint()
			p.skip()
			if !ok1 || !ok2 || p.i >= len(f.data) {
				return nil, damaged("unreadable cross-reference entry")
			}
			kind := f.data[p.i]
			p.i++
			id := uint32(start + n)
			if _, known := f.xref[id]; known || kind != 'n' || off == 0 {
				continue
			}
			if off >= int64(len(f.data)) {
				continue
			}
			f.xref[id] = xrefEntry{offset: int(off), gen: uint16(gen)}
		}
	}
}

func (f *file) readXrefStream(s *Stream) error {
	limit := maxObjects(len(f.data))
	w, _ := s.Dict[Name("W")].(Array)
	if len(w) != 3 {
		return damaged("cross-reference stream without /W [a b c]")
	}
	var widths [3]int
	for i, o := range w {
		n, ok := o.(int64)
		if !ok || n < 0 || n > maxXrefWidth {
			return damaged("cross-reference stream /W %v", []Object(w))
		}
		widths[i] = int(n)
	}
	size, _ := s.Dict[Name("Size")].(int64)
	if size < 0 || size > maxObjectNumber+1 {
		return damaged("its cross-reference stream declares %d objects in %d bytes", size, len(f.data))
	}
	index := []int64{0, size}
	if a, ok := s.Dict[Name("Index")].(Array); ok {
		index = index[:0]
		for _, o := range a {
			n, ok := o.(int64)
			if !ok || n < 0 || n > maxObjectNumber+1 {
				return damaged("cross-reference stream /Index %v", []Object(a))
			}
			index = append(index, n)
		}
	}
	data, err := f.decode(s, s.Dict)
	if err != nil {
		return damaged("cross-reference stream: %v", err)
	}
	width := widths[0] + widths[1] + widths[2]
	if width == 0 {
		return damaged("cross-reference stream /W is all zeros")
	}
	field := func(b []byte, def uint64) uint64 {
		if len(b) == 0 {
			return def
		}
		var v uint64
		for _, c := range b {
			v = v<<8 | uint64(c)
		}
		return v
	}
	pos := 0
	for i := 0; i+1 < len(index); i += 2 {
		start, count := index[i], index[i+1]
		if count > int64(limit) || start+count > maxObjectNumber+1 {
			return damaged("its cross-reference stream declares objects %d to %d in %d bytes", start, start+count-1, len(f.data))
		}
		for n := range count {
			if pos+width > len(data) {
				return nil
			}
			e := data[pos : pos+width]
			pos += width
			kind := field(e[:widths[0]], 1)
			a := field(e[widths[0]:widths[0]+widths[1]], 0)
			b := field(e[widths[0]+widths[1]:], 0)
			id := uint32(start + n)
			if _, known := f.xref[id]; known {
				continue
			}
			switch kind {
			case 1:
				if a > 0 && a < uint64(len(f.data)) {
					f.xref[id] = xrefEntry{offset: int(a), gen: uint16(b)}
				}
			case 2:
				if a < uint64(limit) && b < uint64(limit) {
					f.xref[id] = xrefEntry{stm: uint32(a), index: int(b), inStm: true}
				}
			}
		}
	}
	return nil
}

// rebuildXref scans the whole file for "N G obj" and trailers. The last
// definition of an object wins, as incremental updates append.
func (f *file) rebuildXref() error {
	f.rebuilt = true
	f.xref = map[uint32]xrefEntry{}
	f.cache = map[uint32]Object{}
	f.objStms = map[uint32]map[uint32]Object{}
	var trailer Dict
	var stms []uint32
	for i := 0; ; {
		k := bytes.Index(f.data[i:], []byte("obj"))
		if k < 0 {
			break
		}
		k += i
		i = k + 3
		if k > 0 && f.data[k-1] == 'd' || i < len(f.data) && !isSpace(f.data[i]) && !isDelim(f.data[i]) {
			continue // "endobj", or "objects"
		}
		start, ok := objectStart(f.data, k)
		if !ok {
			continue
		}
		ref, o, ok := objectAt(f.data, start)
		if !ok || ref.ID > maxObjectNumber {
			continue
		}
		f.xref[ref.ID] = xrefEntry{offset: start, gen: ref.Gen}
		if s, isStream := o.(*Stream); isStream {
			switch s.Dict[Name("Type")] {
			case Name("ObjStm"):
				stms = append(stms, ref.ID)
			case Name("XRef"):
				if _, ok := s.Dict[Name("Root")]; ok {
					trailer = s.Dict
				}
			}
		}
	}
	for i := 0; ; {
		k := bytes.Index(f.data[i:], []byte("trailer"))
		if k < 0 {
			break
		}
		i = k + i + len("trailer")
		p := &objParser{b: f.data, i: i}
		if o, _ := p.next(0); o != nil {
			if d, ok := o.(Dict); ok {
				if _, hasRoot := d[Name("Root")]; hasRoot {
					trailer = d
				}
			}
		}
	}
	// Objects stored in object streams are found through those streams.
	for _, id := range stms {
		objs := f.objStm(id)
		for oid := range objs {
			if _, known := f.xref[oid]; !known {
				f.xref[oid] = xrefEntry{stm: id, inStm: true, index: -1}
			}
		}
	}
	if trailer == nil || f.rootFrom(trailer) == nil {
		// No trailer names the catalog: look for it.
		ids := make([]uint32, 0, len(f.xref))
		for id := range f.xref {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(a, b int) bool { return ids[a] < ids[b] })
		for _, id := range ids {
			if d, ok := f.resolve(Ref{ID: id, Gen: f.xref[id].gen}).(Dict); ok && d[Name("Type")] == Name("Catalog") {
				trailer = Dict{Name("Root"): Ref{ID: id, Gen: f.xref[id].gen}}
				break
			}
		}
	}
	if trailer == nil {
		return damaged("no cross-reference table, and no document catalog found")
	}
	f.trailer = trailer
	return nil
}

func (f *file) rootFrom(trailer Dict) Dict {
	d, _ := f.resolve(trailer[Name("Root")]).(Dict)
	return d
}

// objectStart finds where "N G obj" begins, given the offset of "obj".
func objectStart(b []byte, k int) (int, bool) {
	i := k
	back := func(want func(byte) bool, most int) int {
		n := 0
		for i > 0 && n < most && want(b[i-1]) {
			i--
			n++
		}
		return n
	}
	if back(isSpace, 16) == 0 || back(isDigit, 5) == 0 || back(isSpace, 16) == 0 || back(isDigit, 10) == 0 {
		return 0, false
	}
	return i, true
}

// resolve follows references (bounded) and returns the object.
func (f *file) resolve(o Object) Object {
	for range maxRefChain {
		r, ok := o.(Ref)
		if !ok {
			return o
		}
		o = f.object(r)
	}
	return nil
}

// object returns indirect object r, parsed once. A reference to an object
// being resolved (a cycle) is null.
func (f *file) object(r Ref) Object {
	if o, ok := f.cache[r.ID]; ok {
		return o
	}
	if f.resolving[r.ID] {
		return nil
	}
	f.resolving[r.ID] = true
	defer delete(f.resolving, r.ID)
	e, ok := f.xref[r.ID]
	if !ok {
		return nil
	}
	var o Object
	if e.inStm {
		o = f.objStm(e.stm)[r.ID]
	} else {
		ref, obj, ok := objectAt(f.data, e.offset)
		if !ok || ref.ID != r.ID {
			// The table points at the wrong bytes: rebuild it once.
			if f.rebuilt {
				return nil
			}
			if err := f.rebuildXref(); err != nil {
				return nil
			}
			delete(f.resolving, r.ID)
			return f.object(r)
		}
		o = obj
	}
	f.cache[r.ID] = o
	return o
}

// objStm returns the objects of object stream id, decoded once.
func (f *file) objStm(id uint32) map[uint32]Object {
	if objs, ok := f.objStms[id]; ok {
		return objs
	}
	f.objStms[id] = nil // a stream stored inside itself finds nothing
	s, ok := f.resolve(Ref{ID: id, Gen: f.xref[id].gen}).(*Stream)
	if !ok || s.Dict[Name("Type")] != Name("ObjStm") {
		return nil
	}
	data, err := f.decode(s, s.Dict)
	if err != nil {
		f.problem("object stream %d: %v", id, err)
		return nil
	}
	n, _ := f.resolve(s.Dict[Name("N")]).(int64)
	first, _ := f.resolve(s.Dict[Name("First")]).(int64)
	// Each object needs at least "N O " in the header: N is bounded by
	// the data.
	if n < 0 || n > int64(len(data)/4+1) || first < 0 || first > int64(len(data)) {
		f.problem("object stream %d declares %d objects in %d bytes", id, n, len(data))
		return nil
	}
	objs := make(map[uint32]Object, n)
	hp := &objParser{b: data[:first]}
	for range n {
		hp.skip()
		oid, ok1 := hp.uint()
		hp.skip()
		off, ok2 := hp.uint()
		if !ok1 || !ok2 {
			break
		}
		if first+off >= int64(len(data)) || oid > 1<<31 {
			continue
		}
		p := &objParser{b: data, i: int(first + off)}
		o, _ := p.next(0)
		if _, isKw := o.(keyword); isKw {
			o = nil
		}
		if _, dup := objs[uint32(oid)]; !dup {
			objs[uint32(oid)] = o
		}
	}
	f.objStms[id] = objs
	return objs
}

// problem notes something the file lacks or holds badly.
func (f *file) problem(format string, args ...any) {
	if len(f.problems) < 20 {
		f.problems = append(f.problems, fmt.Sprintf(format, args...))
	}
}

// raw returns a stream's encoded bytes: /Length of them when that ends at
// "endstream", else up to the next "endstream" (a missing or wrong
// /Length, as hand-edited and damaged files have).
func (f *file) raw(s *Stream) []byte {
	b := s.data
	if s.at > len(b) {
		return nil
	}
	if n, ok := f.resolve(s.Dict[Name("Length")]).(int64); ok && n >= 0 && int64(s.at)+n <= int64(len(b)) {
		end := s.at + int(n)
		rest := b[end:min(len(b), end+32)]
		rest = bytes.TrimLeft(rest, " \r\n\t\x00")
		if bytes.HasPrefix(rest, []byte("endstream")) {
			return b[s.at:end]
		}
	}
	k := bytes.Index(b[s.at:], []byte("endstream"))
	if k < 0 {
		return b[s.at:]
	}
	end := s.at + k
	if end > s.at && b[end-1] == '\n' {
		end--
	}
	if end > s.at && b[end-1] == '\r' {
		end--
	}
	return b[s.at:end]
}

// decode returns a stream's decoded bytes, at most maxStreamBytes and
// what is left of the file's budget. Image filters (DCT, JPX, JBIG2,
// CCITT) are not decoded: they hold no text.
func (f *file) decode(s *Stream, d Dict) ([]byte, error) {
	data := f.raw(s)
	filters, parms := f.filters(d)
	for i, name := range filters {
		limit := min(int64(maxStreamBytes), f.budget)
		if limit <= 0 {
			return nil, fmt.Errorf("more than %d MiB of decoded streams", maxDecoded>>20)
		}
		out, err := f.decodeOne(name, parms[i], data, limit)
		if err != nil {
			return out, err
		}
		f.budget -= int64(len(out))
		data = out
	}
	return data, nil
}

func (f *file) filters(d Dict) ([]string, []Dict) {
	var names []string
	var parms []Dict
	fo := f.resolve(d[Name("Filter")])
	po := f.resolve(d[Name("DecodeParms")])
	switch fv := fo.(type) {
	case Name:
		names = append(names, string(fv))
		p, _ := po.(Dict)
		parms = append(parms, p)
	case Array:
		pa, _ := po.(Array)
		for i, o := range fv {
			n, _ := f.resolve(o).(Name)
			names = append(names, string(n))
			var p Dict
			if i < len(pa) {
				p, _ = f.resolve(pa[i]).(Dict)
			}
			parms = append(parms, p)
		}
	}
	return names, parms
}

var filterAbbreviations = map[string]string{
	"AHx": filter.ASCIIHex, "A85": filter.ASCII85, "LZW": filter.LZW, "Fl": filter.Flate,
	"RL": filter.RunLength, "CCF": filter.CCITTFax, "DCT": filter.DCT,
}

func (f *file) decodeOne(name string, parms Dict, data []byte, limit int64) (out []byte, err error) {
	if full, ok := filterAbbreviations[name]; ok {
		name = full
	}
	pred, _ := f.resolve(parms[Name("Predictor")]).(int64)
	if name == filter.Flate && pred <= 1 {
		return inflate(data, limit)
	}
	switch name {
	case filter.ASCIIHex, filter.ASCII85, filter.LZW, filter.Flate, filter.RunLength:
	case "Crypt":
		return data, nil // the identity crypt filter
	default:
		return nil, fmt.Errorf("%s data is an image, not text", name)
	}
	p := map[string]int{}
	for k, v := range parms {
		if n, ok := f.resolve(v).(int64); ok && n >= -1<<20 && n <= 1<<20 {
			p[string(k)] = int(n)
		}
	}
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("%s: %v", name, r)
		}
	}()
	fl, err := filter.NewFilter(name, p, limit)
	if err != nil {
		return nil, err
	}
	r, err := fl.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return io.ReadAll(io.LimitReader(r, limit))
}

// zlibReaders holds zlib readers for reuse: each carries a 32 KiB window
// that would otherwise be allocated again for every stream.
var zlibReaders sync.Pool

// zlibReader returns a pooled zlib reader reset to read src.
func zlibReader(src io.Reader) (io.ReadCloser, error) {
	if zr, ok := zlibReaders.Get().(io.ReadCloser); ok {
		if err := zr.(zlib.Resetter).Reset(src, nil); err != nil {
			zlibReaders.Put(zr)
			return nil, err
		}
		return zr, nil
	}
	return zlib.NewReader(src)
}

// inflate decodes zlib data, keeping what decodes before damage (a
// truncated stream or a bad checksum still holds its text).
func inflate(data []byte, limit int64) ([]byte, error) {
	zr, err := zlibReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("FlateDecode: %v", err)
	}
	defer zlibReaders.Put(zr)
	var buf bytes.Buffer
	buf.Grow(min(4*len(data), int(min(limit, 1<<20))))
	n, err := io.Copy(&buf, io.LimitReader(zr, limit+1))
	if n > limit {
		return buf.Bytes()[:limit], fmt.Errorf("stream inflates to more than %d MiB", limit>>20)
	}
	if err != nil && buf.Len() == 0 {
		return nil, fmt.Errorf("FlateDecode: %v", err)
	}
	return buf.Bytes(), nil
}
