// Package extract runs the rule-based extractors over an article: it
// prepares the Document every extractor reads (the original text, its
// normalized search form with the offset map back, the reference date) and
// collects what each Extractor finds into a model.Extraction.
//
// An extractor is a small value with one method; the Pipeline runs them in a
// fixed order, so the output is deterministic. Extractors must be safe for
// concurrent use: the command runs one Pipeline from many goroutines.
package extract

import (
	"sync"
	"time"

	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/model"
	"github.com/khabar-lab/khabar/normalize"
)

// Document is what every extractor reads.
type Document struct {
	Article *model.Article
	// Text is the article's search form with the map back to the
	// original: extractors match on Text.Norm and report Text.Span.
	Text *normalize.Text
	// Tokens are the tokens of Text.Norm, made once for every extractor.
	Tokens []token.Token
	// ReferenceDate anchors relative and partial dates: the article's
	// datePublished, else the run's --reference-date; zero when neither.
	ReferenceDate time.Time
}

// Extractor finds one kind of thing in a document and adds it to out.
type Extractor interface {
	// Name is a short lower-case name: "dates", "quantities", "entities".
	Name() string
	Extract(doc *Document, out *model.Extraction)
}

// Options configure a Pipeline.
type Options struct {
	// ReferenceDate is used for articles without a datePublished.
	ReferenceDate time.Time
}

// Pipeline normalizes articles and runs a fixed list of extractors over
// them.
type Pipeline struct {
	opts       Options
	normalizer *normalize.Normalizer
	extractors []Extractor
	scratch    sync.Pool // *scratch, reused across articles
}

// scratch is what the pipeline reuses from one article to the next.
type scratch struct {
	text   normalize.Text
	tokens []token.Token
}

// NewPipeline returns a pipeline that normalizes with every step on and
// runs the given extractors in order.
func NewPipeline(opts Options, extractors ...Extractor) *Pipeline {
	return &Pipeline{opts: opts, normalizer: normalize.New(normalize.Default()), extractors: extractors}
}

// Extract normalizes a, runs every extractor over it and returns what they
// found. It fails only when a's text is not valid UTF-8. It is safe for
// concurrent use.
func (p *Pipeline) Extract(a *model.Article) (*model.Extraction, error) {
	sc, _ := p.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	defer p.scratch.Put(sc)
	text := &sc.text
	if err := p.normalizer.NormalizeInto(text, a.Text); err != nil {
		return nil, err
	}
	doc := Document{Article: a, Text: text, ReferenceDate: p.opts.ReferenceDate}
	if len(p.extractors) > 0 {
		sc.tokens = token.AppendTokens(sc.tokens[:0], text.Norm)
		doc.Tokens = sc.tokens
	}
	if d, err := ParseDate(a.DatePublished); err == nil {
		doc.ReferenceDate = d
	}
	var out model.Extraction
	for _, x := range p.extractors {
		x.Extract(&doc, &out)
	}
	return &out, nil
}

// Normalize returns the search form of a's text, as the extractors see it.
func (p *Pipeline) Normalize(a *model.Article) (*normalize.Text, error) {
	return p.normalizer.Normalize(a.Text)
}

// ParseDate reads a publication or reference date: "YYYY-MM-DD", or an
// RFC 3339 timestamp whose date part is used.
func ParseDate(s string) (time.Time, error) {
	if len(s) > 10 {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return time.Time{}, err
		}
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	return time.Parse(time.DateOnly, s)
}
