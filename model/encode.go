package model

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// The output documents are encoded by hand: encoding/json's reflection was
// a sixth of the command's time outside the extractors. Every method here
// writes exactly the bytes json.Marshal writes for the same value (field
// order, omitempty, null for a nil slice, string escapes without HTML
// escaping, ES6 float formatting); encode_test.go checks that on the golden
// files and fuzzes strings and numbers.

// appendJSON appends the JSON form of d.
func (d *NewsArticle) appendJSON(b []byte) ([]byte, error) {
	b = field(b, `{"@type":`, d.Type)
	b = field(b, `,"@id":`, d.ID)
	b = field(b, `,"identifier":`, d.Identifier)
	b = optField(b, `,"url":`, d.URL)
	b = optField(b, `,"headline":`, d.Headline)
	b = field(b, `,"inLanguage":`, d.InLanguage)
	b = optField(b, `,"datePublished":`, d.DatePublished)
	b = optField(b, `,"text":`, d.Text)
	var err error
	b = append(b, `,"mentions":`...)
	if b, err = appendArray(b, d.Mentions, (*Entity).appendJSON); err != nil {
		return nil, err
	}
	b = append(b, `,"temporalExpressions":`...)
	if b, err = appendArray(b, d.TemporalExpressions, (*TimeExpression).appendJSON); err != nil {
		return nil, err
	}
	b = append(b, `,"quantities":`...)
	if b, err = appendArray(b, d.Quantities, (*Quantity).appendJSON); err != nil {
		return nil, err
	}
	return append(b, '}'), nil
}

// appendArray appends xs as a JSON array (null when nil), each element by
// appendOne.
func appendArray[T any](b []byte, xs []T, appendOne func(*T, []byte) ([]byte, error)) ([]byte, error) {
	if xs == nil {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = appendOne(&xs[i], b); err != nil {
			return nil, err
		}
	}
	return append(b, ']'), nil
}

func (e *Entity) appendJSON(b []byte) ([]byte, error) {
	b = field(b, `{"@id":`, e.ID)
	b = field(b, `,"@type":`, e.Type)
	b = field(b, `,"name":`, e.Name)
	if len(e.AlternateName) > 0 {
		b = append(b, `,"alternateName":`...)
		b = appendStrings(b, e.AlternateName)
	}
	b = optField(b, `,"jobTitle":`, e.JobTitle)
	b = optField(b, `,"sameAs":`, e.SameAs)
	b = append(b, `,"mentionedAt":`...)
	b = appendSpans(b, e.MentionedAt)
	if len(e.NationalityMentionedAt) > 0 {
		b = append(b, `,"nationalityMentionedAt":`...)
		b = appendSpans(b, e.NationalityMentionedAt)
	}
	return append(b, '}'), nil
}

func (t *TimeExpression) appendJSON(b []byte) ([]byte, error) {
	b = field(b, `{"@type":`, t.Type)
	b = field(b, `,"value":`, t.Value)
	b = field(b, `,"timexType":`, t.TimexType)
	b = optField(b, `,"mod":`, t.Mod)
	b = field(b, `,"calendar":`, t.Calendar)
	b = optField(b, `,"calendarValue":`, t.CalendarValue)
	if len(t.Notes) > 0 {
		b = append(b, `,"note":`...)
		b = appendStrings(b, t.Notes)
	}
	b = optField(b, `,"startDate":`, t.StartDate)
	b = optField(b, `,"endDate":`, t.EndDate)
	b = append(b, `,"mentionedAt":`...)
	b = appendSpans(b, t.MentionedAt)
	return append(b, '}'), nil
}

func (q *Quantity) appendJSON(b []byte) ([]byte, error) {
	var err error
	b = field(b, `{"@type":`, q.Type)
	for _, f := range [...]struct {
		key string
		v   *float64
	}{{`,"value":`, q.Value}, {`,"minValue":`, q.MinValue}, {`,"maxValue":`, q.MaxValue}} {
		if f.v != nil {
			b = append(b, f.key...)
			if b, err = appendFloat(b, *f.v); err != nil {
				return nil, err
			}
		}
	}
	if q.Approximate {
		b = append(b, `,"approximate":true`...)
	}
	b = optField(b, `,"unitText":`, q.UnitText)
	b = optField(b, `,"unitCode":`, q.UnitCode)
	b = optField(b, `,"currency":`, q.Currency)
	b = append(b, `,"mentionedAt":`...)
	b = appendSpans(b, q.MentionedAt)
	return append(b, '}'), nil
}

// field appends a key (with its leading comma or brace and its colon) and
// a string value.
func field(b []byte, key, v string) []byte { return appendString(append(b, key...), v) }

// optField is field for an omitempty string: nothing when v is empty.
func optField(b []byte, key, v string) []byte {
	if v == "" {
		return b
	}
	return field(b, key, v)
}

func appendSpans(b []byte, spans []Span) []byte {
	if spans == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(s.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(s.End), 10)
		b = append(b, `,"exact":`...)
		b = appendString(b, s.Exact)
		b = append(b, '}')
	}
	return append(b, ']')
}

func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// appendFloat writes f as encoding/json does: as ECMAScript writes numbers,
// with exponents only for very small and very large magnitudes.
func appendFloat(b []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string the way encoding/json does with
// HTML escaping off: quotes, backslashes and control characters escaped,
// invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // a valid two-byte rune, Arabic mostly: never escaped
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
