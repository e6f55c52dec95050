package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The JSONL decoder takes a fast path for the common shape of a line, a
// flat object of strings, numbers, booleans and nulls; anything else,
// including every error, goes to encoding/json, so that the result and the
// error messages are always encoding/json's (FuzzDecodeArticleLine holds it
// to that). Why: encoding/json scans a line twice and decodes strings a rune
// at a time; Arabic text made that the slowest step of a run.
//
// The fast path copies bytes of 0x80 and above as they are, so on invalid
// UTF-8 it returns strings with the invalid bytes in them, for the caller to
// report; encoding/json would have replaced them silently.

// fastDecodeArticle decodes line into ja and reports whether it could.
func fastDecodeArticle(line []byte, ja *jsonArticle) bool {
	*ja = jsonArticle{}
	p := jsonScanner{b: line}
	p.space()
	if !p.consume('{') {
		return false
	}
	p.space()
	if p.consume('}') {
		return p.end()
	}
	for {
		p.space()
		key, ok := p.str()
		if !ok {
			return false
		}
		p.space()
		if !p.consume(':') {
			return false
		}
		p.space()
		if p.i >= len(p.b) {
			return false
		}
		var target **string
		var plain *string
		// encoding/json matches keys case-insensitively; keep to exact
		// keys here and let it handle the rest.
		switch key {
		case "id":
			target = &ja.ID
		case "text":
			target = &ja.Text
		case "datePublished":
			plain = &ja.DatePublished
		case "url":
			plain = &ja.URL
		case "headline":
			plain = &ja.Headline
		default:
			if !isPlainKey(key) || !p.skipScalar() {
				return false
			}
		}
		if target != nil || plain != nil {
			switch {
			case p.b[p.i] == '"':
				s, ok := p.str()
				if !ok {
					return false
				}
				if target != nil {
					*target = &s
				} else {
					*plain = s
				}
			case bytes.HasPrefix(p.b[p.i:], []byte("null")):
				p.i += 4
				if target != nil {
					*target = nil
				}
			default:
				return false // a type error: encoding/json words it
			}
		}
		p.space()
		if p.consume(',') {
			continue
		}
		if p.consume('}') {
			return p.end()
		}
		return false
	}
}

// isPlainKey reports whether an unknown key cannot be mistaken, by
// encoding/json's case-insensitive matching, for one of ours.
func isPlainKey(key string) bool {
	for i := 0; i < len(key); i++ {
		if key[i] >= utf8.RuneSelf { // non-ASCII letters can fold to ASCII ones (ſ, K)
			return false
		}
	}
	switch len(key) {
	case 2, 3, 4, 8, 13: // the lengths of id, url, text, headline, datePublished
		return false
	}
	return true
}

// jsonScanner reads JSON tokens from b.
type jsonScanner struct {
	b []byte
	i int
}

func (p *jsonScanner) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonScanner) consume(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (p *jsonScanner) end() bool {
	p.space()
	return p.i == len(p.b)
}

// skipScalar skips a number, true, false, null or string.
func (p *jsonScanner) skipScalar() bool {
	rest := p.b[p.i:]
	switch {
	case rest[0] == '"':
		_, ok := p.str()
		return ok
	case bytes.HasPrefix(rest, []byte("true")), bytes.HasPrefix(rest, []byte("null")):
		p.i += 4
	case bytes.HasPrefix(rest, []byte("false")):
		p.i += 5
	default:
		n := 0
		for n < len(rest) && bytes.IndexByte([]byte("+-0123456789.eE"), rest[n]) >= 0 {
			n++
		}
		if n == 0 {
			return false
		}
		var f float64
		if json.Unmarshal(rest[:n], &f) != nil { // strict JSON number grammar
			return false
		}
		p.i += n
	}
	return true
}

// str reads a string token, unescaping it. Runs without escapes are copied
// whole; the input is already known to be valid UTF-8.
func (p *jsonScanner) str() (string, bool) {
	if !p.consume('"') {
		return "", false
	}
	start := p.i
	// The common case: no escapes at all.
	if j := start + plainPrefix(p.b[start:]); j < len(p.b) && p.b[j] == '"' {
		p.i = j + 1
		return string(p.b[start:j]), true
	}
	// A Builder: its buffer is not zeroed first, and String does not copy it.
	var out strings.Builder
	out.Grow(len(p.b) - start)
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return out.String(), true
		case c < 0x20:
			return "", false
		case c != '\\':
			j := p.i + 1 + plainPrefix(p.b[p.i+1:])
			out.Write(p.b[p.i:j])
			p.i = j
			continue
		}
		if p.i+1 >= len(p.b) {
			return "", false
		}
		esc := p.b[p.i+1]
		p.i += 2
		switch esc {
		case '"', '\\', '/':
			out.WriteByte(esc)
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", false
			}
			if utf16.IsSurrogate(r) {
				r2 := utf8.RuneError
				if p.i+1 < len(p.b) && p.b[p.i] == '\\' && p.b[p.i+1] == 'u' {
					save := p.i
					p.i += 2
					if lo, ok := p.hex4(); ok {
						if d := utf16.DecodeRune(r, lo); d != utf8.RuneError {
							r2 = d
						} else {
							p.i = save // not a pair: the second escape stands alone
						}
					} else {
						return "", false
					}
				}
				r = r2
			}
			out.WriteRune(r)
		default:
			return "", false
		}
	}
	return "", false
}

// plainPrefix returns how many bytes b starts with that a JSON string
// holds as they are: none is a quote, a backslash or a control character.
// It tests eight bytes at a time, most of an article's text.
func plainPrefix(b []byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		q, bs := x^(ones*'"'), x^(ones*'\\')
		// A byte below 0x20, or a zero byte in q or bs: exact for the
		// block as a whole, which is all this asks.
		if ((x-ones*0x20)&^x|(q-ones)&^q|(bs-ones)&^bs)&highs != 0 {
			break
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c == '"' || c == '\\' || c < 0x20 {
			break
		}
	}
	return i
}

func (p *jsonScanner) hex4() (rune, bool) {
	if p.i+4 > len(p.b) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(p.b[p.i:p.i+4]), 16, 16)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(v), true
}
