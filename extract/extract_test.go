package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/khabar-lab/khabar/model"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wordFinder is a test extractor: it reports every occurrence of a word of
// the search form as a quantity-less span, to check what a Document holds.
type wordFinder struct {
	word string
	seen *[]time.Time
}

func (w wordFinder) Name() string { return "word" }

func (w wordFinder) Extract(doc *Document, out *model.Extraction) {
	*w.seen = append(*w.seen, doc.ReferenceDate)
	norm := doc.Text.Norm
	for i := 0; ; {
		j := strings.Index(norm[i:], w.word)
		if j < 0 {
			return
		}
		span := doc.Text.Span(i+j, i+j+len(w.word))
		out.Quantities = append(out.Quantities, model.Quantity{Type: "QuantitativeValue", MentionedAt: []model.Span{span}})
		i += j + len(w.word)
	}
}

func TestPipelineGivesExtractorsTheSearchFormAndReferenceDate(t *testing.T) {
	ref := time.Date(2021, 7, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, datePublished string
		wantRef             time.Time
	}{
		{"reference date from the run", "", ref},
		{"datePublished wins", "2020-01-05", time.Date(2020, 1, 5, 0, 0, 0, 0, time.UTC)},
		{"a timestamp's date", "2024-09-27T18:30:00+03:00", time.Date(2024, 9, 27, 0, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var seen []time.Time
			p := NewPipeline(Options{ReferenceDate: ref}, wordFinder{word: "العراق", seen: &seen})
			x, err := p.Extract(&model.Article{ID: "a", Text: "في الْعِرَاق وفي العـراق", DatePublished: tc.datePublished})
			require.NoError(t, err)
			require.Len(t, x.Quantities, 2)
			assert.Equal(t, "الْعِرَاق", x.Quantities[0].MentionedAt[0].Exact)
			assert.Equal(t, model.Span{Start: 17, End: 24, Exact: "العـراق"}, x.Quantities[1].MentionedAt[0])
			assert.Equal(t, []time.Time{tc.wantRef}, seen)
		})
	}
}

func TestPipelineRejectsInvalidUTF8(t *testing.T) {
	_, err := NewPipeline(Options{}).Extract(&model.Article{Text: "نص\xff"})
	assert.Error(t, err)
}

func TestParseDate(t *testing.T) {
	for _, s := range []string{"2021-07-26", "2021-07-26T10:00:00Z", "2021-07-26T23:30:00-05:00"} {
		d, err := ParseDate(s)
		require.NoError(t, err, s)
		assert.Equal(t, "2021-07-26", d.Format(time.DateOnly), s)
	}
	for _, s := range []string{"26/07/2021", "2021-13-01", "", "2021-07-26 10:00"} {
		_, err := ParseDate(s)
		assert.Error(t, err, s)
	}
}
