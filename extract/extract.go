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
	"time"

	"github.com/khabar-lab/khabar/model"
)

// Document is what every extractor reads.
type Document struct {
	Article *model.Article
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

// Pipeline runs a fixed list of extractors over articles.
type Pipeline struct {
	opts       Options
	extractors []Extractor
}

// NewPipeline returns a pipeline that runs the given extractors in order.
func NewPipeline(opts Options, extractors ...Extractor) *Pipeline {
	return &Pipeline{opts: opts, extractors: extractors}
}

// Extract runs every extractor over a and returns what they found.
// It is safe for concurrent use.
func (p *Pipeline) Extract(a *model.Article) *model.Extraction {
	doc := Document{Article: a, ReferenceDate: p.opts.ReferenceDate}
	if d, err := ParseDate(a.DatePublished); err == nil {
		doc.ReferenceDate = d
	}
	var out model.Extraction
	for _, x := range p.extractors {
		x.Extract(&doc, &out)
	}
	return &out
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
