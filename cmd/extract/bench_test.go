package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"testing"

	"github.com/khabar-lab/khabar/extract"
	"github.com/khabar-lab/khabar/extract/quantity"
	"github.com/khabar-lab/khabar/extract/temporal"
	"github.com/khabar-lab/khabar/model"
)

// corpusPath is the shared benchmark corpus: 38,589 Egyptian news articles,
// 83 MB of text, as .jsonl.gz.
const corpusPath = "../../../shared/corpus/eg2013-news.jsonl.gz"

// benchRun runs the pipeline over the corpus once and returns the bytes of
// article text it processed.
func benchRun(b *testing.B, workers int, pipeline *extract.Pipeline, render renderFunc) int64 {
	prog := newProgress(io.Discard, false, 0)
	r := &runner{
		workers: workers, window: 16 * workers, maxBytes: 8 << 20,
		pipeline: pipeline, render: render,
		out: io.Discard, report: func(msg string) { b.Fatal(msg) }, progress: prog,
	}
	if _, err := r.run(context.Background(), []string{corpusPath}, nil); err != nil {
		b.Fatal(err)
	}
	return prog.textBytes.Load()
}

func benchmarkCorpus(b *testing.B, pipeline *extract.Pipeline, render renderFunc) {
	if _, err := os.Stat(corpusPath); err != nil {
		b.Skipf("benchmark corpus not available: %v", err)
	}
	// The garbage collector as the command sets it.
	defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	for _, workers := range []int{1, 2} {
		b.Run("j="+strconv.Itoa(workers), func(b *testing.B) {
			b.SetBytes(benchRun(b, workers, pipeline, render)) // also warms the page cache
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				benchRun(b, workers, pipeline, render)
			}
		})
	}
}

// BenchmarkCommand is the whole run over the corpus: reading, gunzip, JSON
// decoding, extraction, JSON-LD encoding and writing. MB/s is article text
// per second.
func BenchmarkCommand(b *testing.B) { benchmarkCorpus(b, newPipeline(options{}), renderJSONLD) }

// BenchmarkDates is the whole run without the entity extractor: the
// pipeline the date issue sets its speed for (the date extractor reads
// number words with the quantity extractor's tables, and the quantities
// run too).
func BenchmarkDates(b *testing.B) {
	quantities, err := quantity.New()
	if err != nil {
		b.Fatal(err)
	}
	dates, err := temporal.New(quantities)
	if err != nil {
		b.Fatal(err)
	}
	benchmarkCorpus(b, extract.NewPipeline(extract.Options{}, dates, quantities), renderJSONLD)
}

// BenchmarkReadEncode is the spine alone: reading, gunzip, JSON decoding,
// ids and JSON-LD encoding of an article with nothing extracted.
func BenchmarkReadEncode(b *testing.B) {
	benchmarkCorpus(b, newPipeline(options{}), func(_ *extract.Pipeline, a *model.Article, includeText bool, buf *bytes.Buffer) error {
		return model.AppendJSONLD(buf, model.NewNewsArticle(a, nil, includeText))
	})
}
