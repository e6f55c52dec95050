package normalize

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"
)

const corpusPath = "../../shared/corpus/eg2013-news.jsonl.gz"

// loadCorpus returns the texts of the benchmark corpus, or skips.
func loadCorpus(b *testing.B) (texts []string, size int64) {
	b.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		b.Skipf("benchmark corpus not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, a.Text)
		size += int64(len(a.Text))
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return texts, size
}

// BenchmarkNormalize normalizes the whole corpus, offset map included, on
// one goroutine, reusing one Text. MB/s is of article text; allocs/op
// divided by the article count is the allocations per article.
func BenchmarkNormalize(b *testing.B) {
	texts, size := loadCorpus(b)
	n := New(Default())
	var t Text
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			if err := n.NormalizeInto(&t, s); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() { _ = n.NormalizeInto(&t, texts[0]) })), "allocs/article")
}

// BenchmarkMonthPhrases scans the normalized corpus for month names and
// pairs, the calendar lexicon's share of the date extractor's work.
func BenchmarkMonthPhrases(b *testing.B) {
	texts, size := loadCorpus(b)
	normalized := make([]*Text, len(texts))
	for i, s := range texts {
		t, err := Normalize(s)
		if err != nil {
			b.Fatal(err)
		}
		normalized[i] = t
	}
	lex := Calendar()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	found := 0
	for b.Loop() {
		found = 0
		for _, t := range normalized {
			found += len(lex.MonthPhrases(t))
		}
	}
	b.ReportMetric(float64(found), "phrases")
}
