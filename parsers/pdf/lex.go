package pdf

import "strconv"

// A content-stream lexer. It knows the PDF token syntax (numbers, names,
// literal and hex strings, arrays, dictionaries, operators, comments,
// inline images) and nothing about what operators mean. It never fails:
// bytes it cannot read are skipped, so a damaged stream yields what text
// it still holds.

type tokKind int

const (
	tokNum tokKind = iota + 1
	tokName
	tokStr
	tokArray
	tokDict
	tokOp
	tokOther // true, false, null, or a dictionary's contents
)

// operand is one token; arrays hold their elements.
type operand struct {
	kind tokKind
	num  float64
	s    string // name (without /), string bytes, or operator
	arr  []operand
}

type lexer struct {
	b []byte
	i int
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) skipSpace() {
	for l.i < len(l.b) {
		c := l.b[l.i]
		if isSpace(c) {
			l.i++
			continue
		}
		if c == '%' {
			for l.i < len(l.b) && l.b[l.i] != '\n' && l.b[l.i] != '\r' {
				l.i++
			}
			continue
		}
		return
	}
}

// next returns the next token, or false at the end.
func (l *lexer) next() (operand, bool) {
	return l.token(0)
}

const maxNesting = 32

func (l *lexer) token(depth int) (operand, bool) {
	for {
		l.skipSpace()
		if l.i >= len(l.b) {
			return operand{}, false
		}
		c := l.b[l.i]
		switch {
		case c == '/':
			l.i++
			start := l.i
			for l.i < len(l.b) && !isSpace(l.b[l.i]) && !isDelim(l.b[l.i]) {
				l.i++
			}
			return operand{kind: tokName, s: unescapeName(string(l.b[start:l.i]))}, true
		case c == '(':
			l.i++
			return operand{kind: tokStr, s: l.literal()}, true
		case c == '<' && l.i+1 < len(l.b) && l.b[l.i+1] == '<':
			l.i += 2
			l.skipDict()
			return operand{kind: tokDict}, true
		case c == '<':
			l.i++
			return operand{kind: tokStr, s: l.hex()}, true
		case c == '[':
			l.i++
			var arr []operand
			for {
				l.skipSpace()
				if l.i >= len(l.b) {
					return operand{kind: tokArray, arr: arr}, true
				}
				if l.b[l.i] == ']' {
					l.i++
					return operand{kind: tokArray, arr: arr}, true
				}
				if depth >= maxNesting {
					l.i++
					continue
				}
				t, ok := l.token(depth + 1)
				if !ok {
					return operand{kind: tokArray, arr: arr}, true
				}
				if t.kind == tokOp {
					continue // an operator inside an array: a damaged stream
				}
				if len(arr) < 1<<16 {
					arr = append(arr, t)
				}
			}
		case c == ']' || c == ')' || c == '>' || c == '{' || c == '}':
			l.i++
			continue
		case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
			start := l.i
			l.i++
			for l.i < len(l.b) && (l.b[l.i] == '.' || l.b[l.i] >= '0' && l.b[l.i] <= '9') {
				l.i++
			}
			f, err := strconv.ParseFloat(string(l.b[start:l.i]), 64)
			if err != nil {
				f = 0
			}
			return operand{kind: tokNum, num: f}, true
		default:
			start := l.i
			for l.i < len(l.b) && !isSpace(l.b[l.i]) && !isDelim(l.b[l.i]) {
				l.i++
			}
			if l.i == start {
				l.i++
				continue
			}
			word := string(l.b[start:l.i])
			switch word {
			case "true", "false", "null":
				return operand{kind: tokOther}, true
			case "BI":
				l.skipInlineImage()
				continue
			}
			return operand{kind: tokOp, s: word}, true
		}
	}
}

// literal reads a (string) after its opening parenthesis.
func (l *lexer) literal() string {
	var out []byte
	depth := 1
	for l.i < len(l.b) {
		c := l.b[l.i]
		l.i++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return string(out)
			}
		case '\\':
			if l.i >= len(l.b) {
				return string(out)
			}
			e := l.b[l.i]
			l.i++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.i < len(l.b) && l.b[l.i] == '\n' {
					l.i++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.i < len(l.b) && l.b[l.i] >= '0' && l.b[l.i] <= '7'; k++ {
						v = v*8 + int(l.b[l.i]-'0')
						l.i++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return string(out)
}

// hex reads a <hex string> after its opening bracket.
func (l *lexer) hex() string {
	var out []byte
	var hi byte
	half := false
	for l.i < len(l.b) {
		c := l.b[l.i]
		l.i++
		if c == '>' {
			break
		}
		v, ok := hexVal(c)
		if !ok {
			continue
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		out = append(out, hi<<4)
	}
	return string(out)
}

func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// skipDict skips a << … >> dictionary (marked-content properties).
func (l *lexer) skipDict() {
	depth := 1
	for l.i < len(l.b) && depth > 0 {
		switch {
		case l.b[l.i] == '(':
			l.i++
			l.literal()
			continue
		case l.b[l.i] == '<' && l.i+1 < len(l.b) && l.b[l.i+1] == '<':
			depth++
			l.i += 2
			continue
		case l.b[l.i] == '>' && l.i+1 < len(l.b) && l.b[l.i+1] == '>':
			depth--
			l.i += 2
			continue
		}
		l.i++
	}
}

// skipInlineImage skips from after BI to after EI: the image data is
// binary and may hold any bytes, so look for "EI" between white space.
func (l *lexer) skipInlineImage() {
	for l.i+1 < len(l.b) {
		if l.b[l.i] == 'I' && l.b[l.i+1] == 'D' && l.i > 0 && isSpace(l.b[l.i-1]) {
			l.i += 2
			break
		}
		l.i++
	}
	for l.i+2 < len(l.b) {
		if isSpace(l.b[l.i]) && l.b[l.i+1] == 'E' && l.b[l.i+2] == 'I' &&
			(l.i+3 == len(l.b) || isSpace(l.b[l.i+3])) {
			l.i += 3
			return
		}
		l.i++
	}
	l.i = len(l.b)
}

// unescapeName decodes #xx escapes in a name.
func unescapeName(s string) string {
	if !containsByte(s, '#') {
		return s
	}
	var out []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && i+2 < len(s) {
			h, ok1 := hexVal(s[i+1])
			lo, ok2 := hexVal(s[i+2])
			if ok1 && ok2 {
				out = append(out, h<<4|lo)
				i += 2
				continue
			}
		}
		out = append(out, s[i])
	}
	return string(out)
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
