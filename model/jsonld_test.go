package model

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schemaOrgContext is a pinned copy of schema.org's JSON-LD context (the
// copy json-gold v0.7.0 ships in ld/testdata/schema.org/docs/
// jsonldcontext.json; sha256 f977a7f9…d815d7), so the test never needs the
// network and never changes under us.
//
//go:embed testdata/schemaorg-context.jsonld
var schemaOrgContext []byte

// offlineLoader serves the pinned schema.org context and refuses every other
// URL: expansion must not depend on the network.
type offlineLoader struct{ context any }

func (l offlineLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	switch strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://"), "/") {
	case "schema.org", "schema.org/docs/jsonldcontext.json", "schema.org/docs/jsonldcontext.jsonld":
		return &ld.RemoteDocument{DocumentURL: u, Document: l.context}, nil
	}
	return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, "network refused in tests: "+u)
}

// vocabulary is the set of IRIs a key or a type may expand to: the terms the
// pinned schema.org context defines and the project's own terms.
type vocabulary map[string]bool

func loadVocabulary(t *testing.T) (vocabulary, offlineLoader) {
	t.Helper()
	var sdo map[string]any
	require.NoError(t, json.Unmarshal(schemaOrgContext, &sdo))
	vocab := vocabulary{}
	addTerms := func(ctx map[string]any, prefixes map[string]string) {
		for term, def := range ctx {
			id := ""
			switch d := def.(type) {
			case string:
				id = d
			case map[string]any:
				id, _ = d["@id"].(string)
			}
			if strings.HasPrefix(term, "@") || id == "" || strings.HasPrefix(id, "@") {
				continue
			}
			if prefix, local, ok := strings.Cut(id, ":"); ok {
				if iri, known := prefixes[prefix]; known {
					id = iri + local
				}
			}
			vocab[id] = true
		}
	}
	sdoCtx := sdo["@context"].(map[string]any)
	addTerms(sdoCtx, map[string]string{"schema": "http://schema.org/"})
	var project map[string]any
	require.NoError(t, json.Unmarshal(projectContextJSON, &project))
	prefixes := map[string]string{}
	for k, v := range project {
		if s, ok := v.(string); ok && (strings.HasSuffix(s, "#") || strings.HasSuffix(s, "/")) {
			prefixes[k] = s
		}
	}
	addTerms(project, prefixes)
	return vocab, offlineLoader{context: sdo}
}

// checkDocument expands doc with json-gold and reports every key that
// expansion dropped and every key or type that fell through to an IRI the
// vocabulary does not define (schema.org's @vocab turns any unknown word
// into a schema.org IRI that schema.org never defined).
func checkDocument(doc map[string]any, vocab vocabulary, loader offlineLoader) []string {
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = loader
	expanded, err := ld.NewJsonLdProcessor().Expand(doc, opts)
	if err != nil {
		return []string{"expansion failed: " + err.Error()}
	}
	var problems []string
	wantKeys := countKeys(doc)
	gotKeys := 0
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			if _, isValue := v["@value"]; isValue {
				return
			}
			for k, x := range v {
				switch {
				case k == "@type":
					types, _ := x.([]any)
					for _, ty := range types {
						if s, _ := ty.(string); !vocab[s] {
							problems = append(problems, fmt.Sprintf("type %q is not a defined term", ty))
						}
					}
					gotKeys++
				case strings.HasPrefix(k, "@"):
					if k != "@id" {
						walk(x)
					}
				default:
					gotKeys++
					if !vocab[k] {
						problems = append(problems, fmt.Sprintf("key expands to %q, which neither schema.org nor the project defines", k))
					}
					walk(x)
				}
			}
		}
	}
	walk(expanded)
	if gotKeys != wantKeys {
		problems = append(problems, fmt.Sprintf("expansion kept %d of %d keys: some were dropped", gotKeys, wantKeys))
	}
	slices.Sort(problems)
	return slices.Compact(problems)
}

// countKeys counts the keys of doc that must survive expansion: every key of
// every object but "@context" and "@id" ("@type" counts).
func countKeys(v any) int {
	n := 0
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			n += countKeys(x)
		}
	case map[string]any:
		for k, x := range v {
			if k == "@context" || k == "@id" {
				continue
			}
			n++
			n += countKeys(x)
		}
	}
	return n
}

// TestGoldenFilesAreValidJSONLD expands every document of every golden file.
func TestGoldenFilesAreValidJSONLD(t *testing.T) {
	vocab, loader := loadVocabulary(t)
	var files []string
	err := filepath.WalkDir("../golden", func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".jsonld") {
			files = append(files, p)
		}
		return err
	})
	require.NoError(t, err)
	require.NotEmpty(t, files, "no golden files found")
	docs := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var list []map[string]any
		require.NoError(t, json.Unmarshal(data, &list), f)
		for i, doc := range list {
			docs++
			assert.Empty(t, checkDocument(doc, vocab, loader), "%s, document %d", f, i)
		}
	}
	t.Logf("%d documents in %d golden files expand without loss", docs, len(files))
}

// TestCheckDocumentCatchesBadKeys makes sure the check above can fail.
func TestCheckDocumentCatchesBadKeys(t *testing.T) {
	vocab, loader := loadVocabulary(t)
	base := func() map[string]any {
		var doc map[string]any
		var b bytes.Buffer
		require.NoError(t, AppendJSONLD(&b, NewNewsArticle(&Article{ID: "a", Text: "نص"}, &Extraction{
			Quantities: []Quantity{{Type: "QuantitativeValue", Value: ptr(3.0), Approximate: true, UnitText: "جندي",
				MentionedAt: []Span{{Start: 0, End: 2, Exact: "نص"}}}},
			TemporalExpressions: []TimeExpression{{Type: TimeExpressionType, Value: "2020", TimexType: "DATE",
				Calendar: "gregorian", Notes: []string{"unresolved"}, MentionedAt: []Span{{Start: 0, End: 1, Exact: "ن"}}}},
			Mentions: []Entity{{ID: NodeID("a", "x"), Type: "Person", Name: "س", AlternateName: []string{"ص"},
				JobTitle: "الرئيس", SameAs: "http://www.wikidata.org/entity/Q1", MentionedAt: []Span{{Start: 0, End: 1, Exact: "ن"}}}},
		}, true)))
		require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
		return doc
	}
	tests := []struct {
		name   string
		modify func(doc map[string]any)
		want   string // a substring of the problem; "" for none
	}{
		{"every field of every type is defined", func(map[string]any) {}, ""},
		{"unknown key falls through @vocab", func(d map[string]any) { d["countOfTroops"] = 3 }, "countOfTroops"},
		{"unknown type falls through @vocab", func(d map[string]any) { d["@type"] = "NewsStory" }, "NewsStory"},
		{"key mapped to nothing is dropped", func(d map[string]any) {
			d["@context"] = []any{SchemaOrgContextURL, map[string]any{"ignored": nil}}
			d["ignored"] = "x"
		}, "dropped"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := base()
			tc.modify(doc)
			problems := checkDocument(doc, vocab, loader)
			if tc.want == "" {
				assert.Empty(t, problems)
				return
			}
			assert.Contains(t, strings.Join(problems, "\n"), tc.want)
		})
	}
}

func ptr[T any](v T) *T { return &v }

// TestLoaderRefusesNetwork checks that a context other than schema.org's is
// never fetched.
func TestLoaderRefusesNetwork(t *testing.T) {
	_, loader := loadVocabulary(t)
	_, err := loader.LoadDocument("https://example.org/context.jsonld")
	assert.Error(t, err)
}
