package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/go-ego/gse"

	"github.com/khabar-lab/khabar/extract/internal/wordtable"
	"github.com/khabar-lab/khabar/extract/token"
	"github.com/khabar-lab/khabar/normalize"
)

// BenchmarkGazetteerMatch measures the two ways the design allows to find
// gazetteer names in the search form, over the same articles (the first
// 8,000 of the corpus) and the same names: the tokens, word table and
// trie this package uses (trie), and github.com/go-ego/gse's dictionary
// segmentation, a shortest path over the text's units, loaded with every
// form the trie holds (gse). Both start from the search form, and neither
// peels proclitics here, so both look for the same thing: the names as
// they stand. "names" is how many each found; they differ only where two
// names overlap and the two ways choose differently.
func BenchmarkGazetteerMatch(b *testing.B) {
	docs, size := benchCorpus(b, 8000)
	x := newTestExtractor(b)

	b.Run("trie", func(b *testing.B) {
		p := &parser{t: x.t, byKey: map[nodeKey]int{}, bySurname: map[string]int{}, byIsm: map[string]calledBy{}}
		var toks []token.Token
		found := 0
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			found = 0
			for _, d := range docs {
				// Tokens are made here, as gse splits the text itself.
				toks = token.AppendTokens(toks[:0], d.text.Norm)
				// Slots of their own, with each word as it stands only, as
				// gse reads it: reset would read every form of every token.
				p.toks, p.slots = toks, slices.Grow(p.slots[:0], len(toks))[:len(toks)]
				clear(p.slots)
				for i := range toks {
					if toks[i].Kind != token.Word {
						continue
					}
					if w := x.t.get(toks[i].Text, toks[i].Hash); w != nil {
						p.slots[i].forms[0], p.slots[i].n = form{w, 0}, 1
					}
				}
				for i := 0; i < len(toks); i++ {
					if toks[i].Kind != token.Word {
						continue
					}
					if m, ok := p.gazetteer(i); ok {
						found++
						i = m.end - 1
					}
				}
			}
		}
		b.ReportMetric(float64(found), "names")
	})

	b.Run("gse", func(b *testing.B) {
		var seg gse.Segmenter
		seg.Dict = gse.NewDict()
		seg.NotLoadHMM = true
		seg.SkipLog = true
		seg.Init()
		forms := 0
		norm := normalize.New(normalize.Default())
		for rank, src := range sources {
			err := eachLine(src.file, src.fields, func(f []string) error {
				n, err := norm.Normalize(f[0])
				if err != nil {
					return err
				}
				ws := strings.Fields(n.Norm)
				if !trieHolds(x.t, ws, rank) {
					return nil
				}
				forms++
				return seg.AddToken(strings.Join(ws, " "), 1, "gaz")
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		seg.CalcToken()
		found := 0
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			found = 0
			for _, d := range docs {
				for _, s := range seg.Segment([]byte(d.text.Norm)) {
					if s.Token().Pos() == "gaz" {
						found++
					}
				}
			}
		}
		b.ReportMetric(float64(found), "names")
		b.ReportMetric(float64(forms), "forms")
	})
}

// trieHolds reports whether the trie holds the gazetteer form ws of the
// source of that rank, as loadTables leaves it: a one-word form that is a
// common, function or short word is none, nor is a generated one that is
// a proclitic and a function word, nor a head and a listed name.
func trieHolds(t *tables, ws []string, rank int) bool {
	if len(ws) == 0 {
		return false
	}
	w := t.get(ws[0], wordtable.Hash(ws[0]))
	if w == nil || w.names == nil {
		return false
	}
	if len(ws) == 1 && (w.common || w.function || len([]rune(ws[0])) < 3 || rank > 0 && t.cliticFunction(ws[0])) {
		return false
	}
	n := w.names
	for _, next := range ws[1:] {
		if n = n.child(next, wordtable.Hash(next)); n == nil {
			return false
		}
	}
	return n.entry != nil && !n.entry.underHead
}
