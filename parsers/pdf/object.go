package pdf

import (
	"bytes"
	"strconv"
)

// The object layer: what a PDF file is made of (PDF 32000-1:2008, §7.3).
// An Object is one of
//
//	nil           null, or anything unreadable
//	bool
//	int64, float64
//	String        the bytes of a literal or hex string
//	Name          without its slash, #xx escapes decoded
//	Array, Dict
//	Ref           an indirect reference "12 0 R"
//	*Stream       a dictionary with its data (only as an indirect object)
//
// Parsing never fails: what cannot be read becomes nil, so a damaged file
// still yields what it holds. Nesting is bounded (maxNesting).

// Object is a PDF object; see the list above.
type Object any

// Name is a PDF name, such as Type or FlateDecode.
type Name string

// String is a PDF string's bytes.
type String string

// Array is a PDF array.
type Array []Object

// Dict is a PDF dictionary.
type Dict map[Name]Object

// Ref is an indirect reference: object number and generation.
type Ref struct {
	ID  uint32
	Gen uint16
}

// Stream is a stream object: its dictionary and where its raw (still
// encoded) bytes lie in the file or in a decoded buffer.
type Stream struct {
	Dict Dict
	ref  Ref
	data []byte // the buffer the offsets refer to
	at   int    // offset of the first byte after "stream" and its end of line
}

// objParser reads objects from b starting at i.
type objParser struct {
	b []byte
	i int
}

// skip passes white space and comments.
func (p *objParser) skip() {
	for p.i < len(p.b) {
		c := p.b[p.i]
		if isSpace(c) {
			p.i++
			continue
		}
		if c == '%' {
			for p.i < len(p.b) && p.b[p.i] != '\n' && p.b[p.i] != '\r' {
				p.i++
			}
			continue
		}
		return
	}
}

// keyword is a bare word the object grammar uses (obj, endobj, stream, R,
// xref, trailer, startxref, true, false, null).
type keyword string

// next reads one object or keyword. Integers followed by "G R" become a
// Ref. ok is false at the end of the bytes.
func (p *objParser) next(depth int) (Object, bool) {
	p.skip()
	if p.i >= len(p.b) {
		return nil, false
	}
	c := p.b[p.i]
	switch {
	case c == '/':
		p.i++
		start := p.i
		for p.i < len(p.b) && !isSpace(p.b[p.i]) && !isDelim(p.b[p.i]) {
			p.i++
		}
		return Name(unescapeName(string(p.b[start:p.i]))), true
	case c == '(':
		l := lexer{b: p.b, i: p.i + 1}
		s := l.literal()
		p.i = l.i
		return String(s), true
	case c == '<' && p.i+1 < len(p.b) && p.b[p.i+1] == '<':
		p.i += 2
		return p.dict(depth), true
	case c == '<':
		l := lexer{b: p.b, i: p.i + 1}
		s := l.hex()
		p.i = l.i
		return String(s), true
	case c == '[':
		p.i++
		var arr Array
		for {
			p.skip()
			if p.i >= len(p.b) {
				return arr, true
			}
			if p.b[p.i] == ']' {
				p.i++
				return arr, true
			}
			if depth >= maxNesting {
				p.i++
				continue
			}
			o, ok := p.next(depth + 1)
			if !ok {
				return arr, true
			}
			if k, isKw := o.(keyword); isKw {
				if k == "endobj" || k == "stream" || k == "obj" {
					return arr, true // a damaged array runs into the next object
				}
				continue
			}
			arr = append(arr, o)
		}
	case c == '>' && p.i+1 < len(p.b) && p.b[p.i+1] == '>':
		p.i += 2
		return keyword(">>"), true
	case c == ']' || c == ')' || c == '>' || c == '{' || c == '}':
		p.i++
		return keyword(string(c)), true
	case c == '+' || c == '-' || c == '.' || isDigit(c):
		n := p.number()
		if v, isInt := n.(int64); isInt && v >= 0 {
			// "12 0 R": look ahead without consuming unless it matches.
			save := p.i
			p.skip()
			if gen, ok := p.uint(); ok {
				p.skip()
				if p.i < len(p.b) && p.b[p.i] == 'R' && (p.i+1 == len(p.b) || isSpace(p.b[p.i+1]) || isDelim(p.b[p.i+1])) {
					p.i++
					if v <= 1<<31 && gen <= 65535 {
						return Ref{uint32(v), uint16(gen)}, true
					}
					return nil, true
				}
			}
			p.i = save
		}
		return n, true
	default:
		start := p.i
		for p.i < len(p.b) && !isSpace(p.b[p.i]) && !isDelim(p.b[p.i]) {
			p.i++
		}
		if p.i == start {
			p.i++
			return keyword(""), true
		}
		switch w := string(p.b[start:p.i]); w {
		case "true":
			return true, true
		case "false":
			return false, true
		case "null":
			return nil, true
		default:
			return keyword(w), true
		}
	}
}

// number reads an integer or a real; a malformed one reads as 0.
func (p *objParser) number() Object {
	start := p.i
	p.i++
	real := p.b[start] == '.'
	for p.i < len(p.b) && (p.b[p.i] == '.' || isDigit(p.b[p.i]) || p.b[p.i] == '-' && p.i == start+1) {
		if p.b[p.i] == '.' {
			real = true
		}
		p.i++
	}
	s := string(p.b[start:p.i])
	if !real {
		if v, err := strconv.ParseInt(s, 10, 64); err == nil {
			return v
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return int64(0)
	}
	return f
}

// uint reads an unsigned decimal integer of at most 10 digits.
func (p *objParser) uint() (int64, bool) {
	start := p.i
	for p.i < len(p.b) && isDigit(p.b[p.i]) && p.i-start < 10 {
		p.i++
	}
	if p.i == start || p.i < len(p.b) && isDigit(p.b[p.i]) {
		return 0, false
	}
	v, _ := strconv.ParseInt(string(p.b[start:p.i]), 10, 64)
	return v, true
}

func (p *objParser) dict(depth int) Dict {
	d := Dict{}
	for {
		p.skip()
		if p.i >= len(p.b) {
			return d
		}
		o, ok := p.next(depth + 1)
		if !ok {
			return d
		}
		k, isName := o.(Name)
		if !isName {
			if kw, isKw := o.(keyword); isKw && (kw == ">>" || kw == "endobj" || kw == "stream" || kw == "obj") {
				if kw != ">>" {
					p.i -= len(kw) // let the caller see it
				}
				return d
			}
			continue
		}
		if depth >= maxNesting {
			continue
		}
		v, ok := p.next(depth + 1)
		if !ok {
			return d
		}
		if kw, isKw := v.(keyword); isKw {
			if kw == ">>" {
				return d
			}
			continue
		}
		if v != nil {
			d[k] = v
		}
	}
}

// objectAt parses the indirect object "N G obj … endobj" at offset i of b.
// It returns the object number found there and the object; a stream's
// data is located but not read.
func objectAt(b []byte, i int) (Ref, Object, bool) {
	p := &objParser{b: b, i: i}
	p.skip()
	id, ok1 := p.uint()
	p.skip()
	gen, ok2 := p.uint()
	p.skip()
	if !ok1 || !ok2 || !bytes.HasPrefix(b[p.i:], []byte("obj")) || id > 1<<31 || gen > 65535 {
		return Ref{}, nil, false
	}
	p.i += len("obj")
	ref := Ref{uint32(id), uint16(gen)}
	o, ok := p.next(0)
	if !ok {
		return ref, nil, true
	}
	if _, isKw := o.(keyword); isKw {
		return ref, nil, true
	}
	if d, isDict := o.(Dict); isDict {
		p.skip()
		if bytes.HasPrefix(b[p.i:], []byte("stream")) {
			j := p.i + len("stream")
			if j < len(b) && b[j] == '\r' {
				j++
			}
			if j < len(b) && b[j] == '\n' {
				j++
			}
			return ref, &Stream{Dict: d, ref: ref, data: b, at: j}, true
		}
	}
	return ref, o, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
