package main

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

var jsonLineCases = []string{
	`{"id": "a", "text": "نص"}`,
	`{"text": "سطر\nثان \"مقتبس\" \\ \/ \t \u0627\u0644 \ud83d\ude00 \ud800 \udc00x"}`,
	`{"id": null, "text": "x", "datePublished": "2020-01-05", "url": "u", "headline": "h"}`,
	`{"text": "x", "source": "Ahram", "n": -1.5e3, "ok": true, "no": false, "z": null}`,
	`{"text": "x", "extra": {"nested": [1, 2]}}`,
	`{"TEXT": "case folded"}`,
	`{"text": "x", "text": "last wins"}`,
	`{"text": 42}`,
	`{"text": "x",}`,
	`{"text": "x"} trailing`,
	`{"text": "unterminated`,
	`{"text": "bad escape \q"}`,
	`{"text": "raw control ` + "\t" + `"}`,
	`{"text": "x", "n": 01}`,
	`{"datePublished": null, "text": "x"}`,
	` { "text" : "spaced" } `,
	`{}`,
	`[]`,
	`{"ſtext": "x"}`,
}

// TestFastDecodeMatchesEncodingJSON: the fast path decodes exactly what
// encoding/json decodes, and defers to it whenever it is unsure.
func TestFastDecodeMatchesEncodingJSON(t *testing.T) {
	for _, line := range jsonLineCases {
		checkDecodeMatches(t, []byte(line))
	}
}

func FuzzDecodeArticleLine(f *testing.F) {
	for _, line := range jsonLineCases {
		f.Add([]byte(line))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if !utf8.Valid(line) { // the reader rejects invalid UTF-8 first
			return
		}
		checkDecodeMatches(t, line)
	})
}

func checkDecodeMatches(t *testing.T, line []byte) {
	t.Helper()
	var want jsonArticle
	wantErr := json.Unmarshal(line, &want)
	var got jsonArticle
	var gotErr error
	if !fastDecodeArticle(line, &got) {
		got = jsonArticle{}
		gotErr = json.Unmarshal(line, &got)
	}
	if wantErr != nil {
		assert.Error(t, gotErr, "%s", line)
		return
	}
	if !assert.NoError(t, gotErr, "%s", line) {
		return
	}
	assert.Equal(t, want, got, "%s", line)
}

// TestPlainPrefix: the eight-bytes-at-a-time scan stops where a byte-wise
// one does, for every special byte at every position of lines of plain
// bytes, ASCII and not.
func TestPlainPrefix(t *testing.T) {
	naive := func(b []byte) int {
		for i, c := range b {
			if c == '"' || c == '\\' || c < 0x20 {
				return i
			}
		}
		return len(b)
	}
	for _, filler := range []string{"abcdefghijklmnopqrstuvwx", "العراقالعراقالعراق", "\x7f !#[]^_\xff\x80\x21\x5b\x5d\x23"} {
		for n := 0; n <= len(filler); n++ {
			line := []byte(filler[:n])
			assert.Equal(t, naive(line), plainPrefix(line), "%q", line)
			for at := 0; at < n; at++ {
				for _, special := range []byte{'"', '\\', 0x00, 0x1f, '\n'} {
					b := append([]byte(nil), line...)
					b[at] = special
					assert.Equal(t, naive(b), plainPrefix(b), "%q", b)
				}
			}
		}
	}
}
