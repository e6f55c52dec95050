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
