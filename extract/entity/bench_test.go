package entity

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"

	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

// BenchmarkFind runs the entity extractor alone over the normalized,
// tokenized corpus: its share of the pipeline's time. MB/s is of article
// text.
func BenchmarkFind(b *testing.B) {
	docs, size := benchCorpus(b, -1)
	x := newTestExtractor(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	found := 0
	for b.Loop() {
		found = 0
		for _, d := range docs {
			found += len(x.Find(d.text, d.toks))
		}
	}
	b.ReportMetric(float64(found), "entities")
}

// BenchmarkTableLookup looks every word of the first 8,000 articles of
// the corpus up in the tables, as forms does for a token as it stands:
// the lookup nearly every token costs, apart from the rules.
func BenchmarkTableLookup(b *testing.B) {
	docs, _ := benchCorpus(b, 8000)
	x := newTestExtractor(b)
	var words []token.Token
	for _, d := range docs {
		for _, t := range d.toks {
			if t.Kind == token.Word {
				words = append(words, t)
			}
		}
	}
	b.ResetTimer()
	found := 0
	for b.Loop() {
		found = 0
		for _, t := range words {
			if x.t.get(t.Text, t.Hash) != nil {
				found++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(words)), "ns/lookup")
	b.ReportMetric(float64(found)/float64(len(words)), "found/word")
}

// benchDoc is one article of the benchmark corpus, normalized and
// tokenized.
type benchDoc struct {
	text *normalize.Text
	toks []token.Token
}

// benchCorpus reads the first n articles of the benchmark corpus (all if n
// < 0) and the bytes of their text, or skips b without it.
func benchCorpus(b *testing.B, n int) ([]benchDoc, int64) {
	f, err := os.Open("../../../shared/corpus/eg2013-news.jsonl.gz")
	if err != nil {
		b.Skipf("benchmark corpus not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var docs []benchDoc
	var size int64
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() && len(docs) != n {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		t, err := normalize.Normalize(a.Text)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, benchDoc{t, token.Tokenize(t.Norm)})
		size += int64(len(a.Text))
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return docs, size
}

// BenchmarkLoad is the time the tables take to load: every gazetteer,
// normalized.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadTables(); err != nil {
			b.Fatal(err)
		}
	}
}
