package model

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// marshal is what encoding/json writes for v, HTML escaping off, as
// AppendJSONLD used to write it.
func marshal(t testing.TB, v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(v))
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

func f64(f float64) *float64 { return &f }

// TestAppendJSONMatchesEncodingJSON: the hand encoder writes the bytes
// encoding/json writes, for every field's empty and filled forms.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	docs := map[string]*NewsArticle{
		"empty":       {},
		"nil slices":  {Type: "NewsArticle", ID: "urn:uuid:x", Identifier: "a.txt", InLanguage: "ar"},
		"empty lists": {Type: "NewsArticle", Mentions: []Entity{}, TemporalExpressions: []TimeExpression{}, Quantities: []Quantity{}},
		"every field": {
			Type: "NewsArticle", ID: "urn:uuid:1", Identifier: "x:1", URL: "https://example.com/?a=1&b=<2>",
			Headline: "عنوان \"مقتبس\"", InLanguage: "ar", DatePublished: "2021-07-26", Text: "سطر\nسطر\t\x01\u2028\u2029\\",
			Mentions: []Entity{
				{ID: "urn:uuid:2", Type: "Person", Name: "جو بايدن", AlternateName: []string{"بايدن", ""}, JobTitle: "الرئيس",
					SameAs: "http://www.wikidata.org/entity/Q6279", MentionedAt: []Span{{0, 8, "جو بايدن"}},
					NationalityMentionedAt: []Span{{10, 17, "الأمريكي"}}},
				{Type: "Country", MentionedAt: []Span{}},
				{Type: "Place"},
			},
			TemporalExpressions: []TimeExpression{
				{Type: TimeExpressionType, Value: "2024-03-25", TimexType: "DATE", Mod: "START", Calendar: "hijri",
					CalendarValue: "1445-09-15", Notes: []string{"unresolved"}, StartDate: "2024-03-11", EndDate: "2024-04-09",
					MentionedAt: []Span{{1, 2, "x"}, {3, 4, "y"}}},
				{Type: TimeExpressionType},
			},
			Quantities: []Quantity{
				{Type: "QuantitativeValue", Value: f64(2500), MinValue: f64(250), MaxValue: f64(400.5), Approximate: true,
					UnitText: "مترجم", UnitCode: "C62", Currency: "USD", MentionedAt: []Span{{5, 9, "2500"}}},
				{Type: "MonetaryAmount", Value: f64(1e21), MinValue: f64(1e-7), MaxValue: f64(-0.000001)},
				{Type: "QuantitativeValue", Value: f64(0), MaxValue: f64(123456789012345678)},
			},
		},
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			got, err := doc.appendJSON(nil)
			require.NoError(t, err)
			assert.Equal(t, string(marshal(t, doc)), string(got))
		})
	}
}

// TestAppendJSONGolden re-encodes every document of every golden file and
// compares with encoding/json.
func TestAppendJSONGolden(t *testing.T) {
	files, err := filepath.Glob("../golden/*/*.jsonld")
	require.NoError(t, err)
	more, err := filepath.Glob("../golden/*/*/*.jsonld")
	require.NoError(t, err)
	files = append(files, more...)
	require.NotEmpty(t, files)
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var docs []*NewsArticle
		if json.Unmarshal(data, &docs) != nil {
			continue // not an array of articles
		}
		for _, doc := range docs {
			got, err := doc.appendJSON(nil)
			require.NoError(t, err)
			require.Equal(t, string(marshal(t, doc)), string(got), f)
			n++
		}
	}
	assert.Greater(t, n, 5)
}

func TestAppendFloatRejectsNaN(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		_, err := (&Quantity{Value: &f}).appendJSON(nil)
		assert.Error(t, err)
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "abc", "\"\\/", "\x00\x1f\x7f", "\u2028\u2029", "\xff\xfe", "عربي\n", "<&>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendString(nil, s), marshal(t, s); !bytes.Equal(got, want) {
			t.Fatalf("appendString(%q) = %s, encoding/json %s", s, got, want)
		}
	})
}

func FuzzAppendFloat(f *testing.F) {
	for _, v := range []float64{0, 1, -1, 0.1, 1e-6, 9.99e-7, 1e20, 1e21, 123456.789, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return
		}
		got, err := appendFloat(nil, v)
		if err != nil {
			t.Fatal(err)
		}
		if want := marshal(t, v); !bytes.Equal(got, want) {
			t.Fatalf("appendFloat(%v) = %s, encoding/json %s", v, got, want)
		}
	})
}
